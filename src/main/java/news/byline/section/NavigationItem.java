package news.byline.section;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the navigation tree: a section of the site or a destination outside it. */
@Schema(name = "NavigationItem", description = "A navigation entry with its ordered children.", example = NavigationItem.EXAMPLE)
public record NavigationItem(
        @Schema(description = "Label to show.", example = "World") String label,
        @Schema(nullable = true, description = "Section path; null for external destinations.", example = "news/world") String path,
        @Schema(nullable = true, description = "Address outside the site; null for sections of the site.", example = "https://www.bbc.co.uk/iplayer") String externalUrl,
        @Schema(description = "True when the entry leaves the site.", example = "false") boolean external,
        @Schema(description = "Shown under \"More\" when space runs out.", example = "false") boolean inMoreMenu,
        @Schema(description = "True for the site's front page (one entry at most): link it to the home page.", example = "false") boolean frontPage,
        @Schema(description = "Ordered sub-navigation.") List<NavigationItem> children) {

    static final String EXAMPLE = """
            {"label":"World","path":"news/world","external":false,"inMoreMenu":false,"frontPage":false,\
            "children":[{"label":"Africa","path":"news/world/africa","external":false,"inMoreMenu":false,"frontPage":false,"children":[]}]}""";
}
