package news.byline.section;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/navigation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sections")
public class NavigationResource {
    private final SectionService sections;

    public NavigationResource(SectionService sections) {
        this.sections = sections;
    }

    @Schema(name = "Navigation", description = "The site's navigation: top-level entries in order, each with its sub-navigation.",
            example = "{\"items\":[{\"label\":\"News\",\"path\":\"news\",\"external\":false,\"inMoreMenu\":false,\"children\":[]},"
                    + "{\"label\":\"iPlayer\",\"externalUrl\":\"https://www.bbc.co.uk/iplayer\",\"external\":true,\"inMoreMenu\":false,\"children\":[]}]}")
    public record Navigation(@Schema(description = "Top-level entries in order.") List<NavigationItem> items) {
    }

    @GET
    @Operation(operationId = "getNavigation", summary = "Get the navigation tree", description = "Every navigation level in order, external destinations included.")
    public Navigation get() {
        return new Navigation(sections.navigation());
    }
}
