package news.byline.article;

import java.util.Arrays;
import java.util.stream.Collectors;
import news.byline.web.ProblemException;

/** The orders an article list can be asked for, by their API names. */
public enum ArticleSort {
    NEWEST("-publishedAt", "a.publishedAt desc, a.id desc"),
    OLDEST("publishedAt", "a.publishedAt asc, a.id asc"),
    RECENTLY_UPDATED("-updatedAt", "a.updatedAt desc, a.id desc");

    public static final String ALLOWED = "-publishedAt, publishedAt, -updatedAt";

    private final String apiName;
    final String orderBy;

    ArticleSort(String apiName, String orderBy) {
        this.apiName = apiName;
        this.orderBy = orderBy;
    }

    public static ArticleSort parse(String raw) {
        if (raw == null) {
            return NEWEST;
        }
        if ("relevance".equals(raw)) {
            throw ProblemException.invalidParameter("sort", "relevance needs full-text search (q), which is not supported yet");
        }
        return Arrays.stream(values()).filter(s -> s.apiName.equals(raw)).findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter("sort", "must be one of "
                        + Arrays.stream(values()).map(s -> s.apiName).collect(Collectors.joining(", "))));
    }
}
