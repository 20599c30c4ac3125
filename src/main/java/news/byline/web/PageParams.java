package news.byline.web;

import jakarta.ws.rs.QueryParam;
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
        return PageRequest.parse(page, pageSize);
    }
}
