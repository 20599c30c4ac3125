package news.byline.web.conditional;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The If-Match header of a conditional write: the version the client read, so that it cannot overwrite a change it has not seen. */
public class IfMatch {
    @HeaderParam("If-Match")
    @Parameter(description = EntityTags.IF_MATCH, example = EntityTags.EXAMPLE)
    public String value;
}
