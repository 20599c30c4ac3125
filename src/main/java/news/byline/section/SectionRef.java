package news.byline.section;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The short form of a section used inside other resources and breadcrumbs. */
@Schema(name = "SectionRef", description = "A section, as named inside other resources.", example = SectionRef.EXAMPLE)
public record SectionRef(
        @Schema(description = "Section id.", example = "0b0c7a1e-6c55-3d8a-9a43-52e5d1b0b4a1") UUID id,
        @Schema(description = "Last part of the path.", example = "africa") String slug,
        @Schema(description = "Full path in the section tree.", example = "news/world/africa") String path,
        @Schema(description = "Display name.", example = "Africa") String name) {

    static final String EXAMPLE = "{\"id\":\"0b0c7a1e-6c55-3d8a-9a43-52e5d1b0b4a1\",\"slug\":\"africa\","
            + "\"path\":\"news/world/africa\",\"name\":\"Africa\"}";

    public static SectionRef of(Section section) {
        return section == null ? null : new SectionRef(section.id, section.slug, section.path, section.name);
    }
}
