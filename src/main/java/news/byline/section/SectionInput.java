package news.byline.section;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import news.byline.content.Slugs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A section as an editor writes it; its path follows from the parent's path and the slug. */
@Schema(name = "SectionInput", description = "A section: where it hangs in the tree and how navigation shows it.",
        example = SectionInput.EXAMPLE)
public record SectionInput(
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 160)
        @Schema(description = "Last part of the path; made from the name when absent.", example = "sahel", maxLength = 160) String slug,
        @NotBlank @Size(max = 200)
        @Schema(description = "Display name.", example = "Sahel", maxLength = 200) String name,
        @Size(max = 1000)
        @Schema(description = "Short description.", example = "News from the Sahel region", maxLength = 1000) String description,
        @Schema(description = "Path of the parent section; absent for a top-level section. Changing it moves the whole subtree.",
                example = "news/world/africa") String parentPath,
        @Min(0)
        @Schema(description = "Position among its siblings, from 0; absent puts it last.", example = "0", minimum = "0") Integer position,
        @Size(max = 2048) @Pattern(regexp = "https?://.+", message = "must be an http(s) URL")
        @Schema(description = "Address outside the site, for navigation items that leave it.", example = "https://www.bbc.co.uk/sounds") String externalUrl,
        @Schema(description = "Shown in the navigation (default true).", example = "true") Boolean inNavigation,
        @Schema(description = "Shown under \"More\" (default false).", example = "false") Boolean inMoreMenu) {

    public static final String EXAMPLE = "{\"slug\":\"sahel\",\"name\":\"Sahel\",\"description\":\"News from the Sahel region\","
            + "\"parentPath\":\"news/world/africa\",\"inNavigation\":false}";
    public static final String REPLACE_EXAMPLE = "{\"slug\":\"africa\",\"name\":\"Africa\",\"description\":\"News from across Africa\","
            + "\"parentPath\":\"news/world\",\"position\":0,\"inNavigation\":true,\"inMoreMenu\":false}";

    public static SectionInput of(Section section) {
        return new SectionInput(section.slug, section.name, section.description,
                section.parent == null ? null : section.parent.path, section.position, section.externalUrl,
                section.inNavigation, section.inMoreMenu);
    }
}
