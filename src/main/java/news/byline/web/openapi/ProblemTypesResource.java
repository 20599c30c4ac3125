package news.byline.web.openapi;

import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import news.byline.domain.PageRequest;
import news.byline.domain.PageResult;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.problem.ProblemException;
import news.byline.web.problem.ProblemType;

public class ProblemTypesResource implements ProblemTypesApi {
    private static final List<ProblemTypeView> ALL = Arrays.stream(ProblemType.values()).map(ProblemTypeView::of).toList();

    @Override
    public ListEnvelope<ProblemTypeView> list(UriInfo uri) {
        return ListEnvelope.of(new PageResult<>(ALL, ALL.size(), new PageRequest(1, PageRequest.MAX_SIZE)), uri);
    }

    @Override
    public ProblemTypeView get(String name) {
        return Arrays.stream(ProblemType.values()).filter(type -> type.apiName().equals(name)).findFirst()
                .map(ProblemTypeView::of).orElseThrow(() -> ProblemException.notFound("problem type", name));
    }
}
