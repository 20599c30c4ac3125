package news.byline.section;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A section with its place in the tree: parent, ordered children and breadcrumb. */
@Schema(name = "Section", description = "A section of the site, with its children and breadcrumb.", example = SectionView.EXAMPLE)
public record SectionView(
        @Schema(description = "Section id.", example = "0b0c7a1e-6c55-3d8a-9a43-52e5d1b0b4a1") UUID id,
        @Schema(description = "Last part of the path.", example = "africa") String slug,
        @Schema(description = "Full path in the section tree.", example = "news/world/africa") String path,
        @Schema(description = "Display name.", example = "Africa") String name,
        @Schema(nullable = true, description = "Short description.", example = "News from across Africa") String description,
        @Schema(nullable = true, description = "Address outside the site for navigation items that leave it (iPlayer, Sounds).", example = "https://www.bbc.co.uk/iplayer") String externalUrl,
        @Schema(description = "Whether the section appears in the navigation.", example = "true") boolean inNavigation,
        @Schema(description = "Whether navigation shows it under \"More\".", example = "false") boolean inMoreMenu,
        @Schema(description = "Position among its siblings, from 0.", example = "0") int position,
        @Schema(nullable = true, description = "The parent section; null for top-level sections.") SectionRef parent,
        @Schema(description = "Child sections in navigation order.") List<SectionRef> children,
        @Schema(description = "Root-first trail of sections down to this one (itself last).") List<SectionRef> breadcrumb) {

    static final String EXAMPLE = """
            {"id":"0b0c7a1e-6c55-3d8a-9a43-52e5d1b0b4a1","slug":"africa","path":"news/world/africa","name":"Africa",\
            "inNavigation":true,"inMoreMenu":false,"position":0,\
            "parent":{"id":"9e3c2d10-6b0f-3c8e-8a44-1c1f0f5e2a10","slug":"world","path":"news/world","name":"World"},\
            "children":[],\
            "breadcrumb":[{"id":"4a7b3c2d-1e0f-3a9b-8c7d-6e5f4a3b2c1d","slug":"news","path":"news","name":"News"},\
            {"id":"9e3c2d10-6b0f-3c8e-8a44-1c1f0f5e2a10","slug":"world","path":"news/world","name":"World"},\
            {"id":"0b0c7a1e-6c55-3d8a-9a43-52e5d1b0b4a1","slug":"africa","path":"news/world/africa","name":"Africa"}]}""";

    public static SectionView of(Section section, List<Section> children, List<Section> breadcrumb) {
        return new SectionView(section.id, section.slug, section.path, section.name, section.description,
                section.externalUrl, section.inNavigation, section.inMoreMenu, section.position,
                SectionRef.of(section.parent),
                children.stream().map(SectionRef::of).toList(), breadcrumb.stream().map(SectionRef::of).toList());
    }
}
