package news.byline.section;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import news.byline.cache.ListKey;
import news.byline.web.route.Shows;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The HTTP contract of {@link NavigationResource}: routes, parameters, responses and their documentation. */
@Path("/api/v1/navigation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sections")
public interface NavigationApi {

    @GET
    @Shows(ListKey.NAVIGATION)
    @Operation(operationId = "getNavigation", summary = "Get the navigation tree", description = "Every navigation level in order, external destinations included.")
    Navigation get();
}
