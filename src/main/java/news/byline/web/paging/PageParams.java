package news.byline.web.paging;

import jakarta.ws.rs.QueryParam;
import news.byline.domain.PageRequest;
import news.byline.web.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters of list routes that have no other filters. */
public class PageParams {
    @QueryParam("page")
    @Parameter(description = "Page number, from 1. Pages start within the first 10,000 items (400 beyond); "
            + "article lists go further by cursor.", example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000", defaultValue = "1"))
    public String page;

    @QueryParam("pageSize")
    @Parameter(description = "Items per page, 1 to 100.", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public String pageSize;

    public PageRequest pageRequest() {
        return parse(page, pageSize);
    }

    /** A page within the first {@link PageRequest#MAX_OFFSET} items, of 1 to {@link PageRequest#MAX_SIZE}; anything else is a 400. */
    public static PageRequest parse(String page, String pageSize) {
        int size = QueryParams.intInRange("pageSize", pageSize, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
        int number = QueryParams.intInRange("page", page, 1, 1, Integer.MAX_VALUE / PageRequest.MAX_SIZE);
        if ((long) (number - 1) * size >= PageRequest.MAX_OFFSET) {
            throw ProblemException.invalidParameter("page", "offset pages reach the first " + PageRequest.MAX_OFFSET
                    + " items; go further with cursor paging (meta.nextCursor) where the list offers it");
        }
        return new PageRequest(number, size);
    }
}
