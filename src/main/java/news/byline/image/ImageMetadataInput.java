package news.byline.image;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import news.byline.content.Slugs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor may change about an image; address and size belong to the file. */
@Schema(name = "ImageMetadataInput", description = "An image's descriptive metadata.", example = ImageMetadataInput.EXAMPLE)
public record ImageMetadataInput(
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 160)
        @Schema(description = "Human identifier; made from the alt text when absent.", example = "niger-russia-flags", maxLength = 160) String slug,
        @NotBlank @Size(max = 1000)
        @Schema(description = "Text alternative for screen readers.", example = "Supporters of Niger's junta wave Russian and Nigerien flags at a rally", maxLength = 1000) String alt,
        @Size(max = 2000)
        @Schema(description = "Default caption.", example = "Niger is among the countries in the Sahel region to have strengthened military ties with Russia", maxLength = 2000) String caption,
        @Size(max = 300)
        @Schema(description = "Default credit.", example = "Getty Images", maxLength = 300) String credit,
        @Size(max = 300)
        @Schema(description = "Copyright holder, when it differs from the credit.", example = "AFP", maxLength = 300) String copyrightHolder,
        @Schema(description = MARKED_PUBLIC, example = "false") Boolean markedPublic) {

    /** Documented alike wherever an image's metadata is written. */
    public static final String MARKED_PUBLIC = "Public before any published content uses it (editors only). An image is "
            + "public once a published story, an author or a collection shows it, or when marked; until then only key "
            + "holders see it, so that an embargoed story's pictures stay private. Absent means not marked.";

    public static final String EXAMPLE = "{\"slug\":\"niger-russia-flags\",\"alt\":\"Supporters of Niger's junta wave Russian and Nigerien flags at a rally\","
            + "\"caption\":\"Niger is among the countries in the Sahel region to have strengthened military ties with Russia\",\"credit\":\"Getty Images\"}";

    public static ImageMetadataInput of(Image image) {
        return new ImageMetadataInput(image.slug, image.altText, image.caption, image.credit, image.copyrightHolder,
                image.markedPublic);
    }
}
