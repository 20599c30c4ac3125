package news.byline.domain;

import java.util.List;
import java.util.function.Function;

/** One page of results plus the total count, as a service hands it to a resource. */
public record PageResult<T>(List<T> items, long total, PageRequest request) {

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), total, request);
    }

    public int totalPages() {
        return (int) ((total + request.size() - 1) / request.size());
    }
}
