package news.byline.section;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The navigation answer: the top-level entries, each with its sub-navigation. */
@Schema(name = "Navigation", description = "The site's navigation: top-level entries in order, each with its sub-navigation.",
        example = "{\"items\":[{\"label\":\"News\",\"path\":\"news\",\"external\":false,\"inMoreMenu\":false,\"children\":[]},"
                + "{\"label\":\"iPlayer\",\"externalUrl\":\"https://www.bbc.co.uk/iplayer\",\"external\":true,\"inMoreMenu\":false,\"children\":[]}]}")
public record Navigation(@Schema(description = "Top-level entries in order.") List<NavigationItem> items) {
}
