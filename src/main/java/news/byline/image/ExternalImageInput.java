package news.byline.image;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import news.byline.content.Slugs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An image hosted elsewhere (a picture agency, a CDN), registered by its address and size. */
@Schema(name = "ExternalImageInput", description = "An image hosted elsewhere, registered by address.", example = ExternalImageInput.EXAMPLE)
public record ExternalImageInput(
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 160)
        @Schema(description = "Human identifier; made from the alt text when absent.", example = "niamey-rally", maxLength = 160) String slug,
        @NotBlank @Size(max = 2048) @Pattern(regexp = "https?://.+", message = "must be an http(s) URL")
        @Schema(description = "Address of the image.", example = "https://images.byline.example/niamey-rally.jpg") String url,
        @NotNull @Min(1) @Max(20000) @Schema(description = "Width in pixels.", example = "976", minimum = "1", maximum = "20000") Integer width,
        @NotNull @Min(1) @Max(20000) @Schema(description = "Height in pixels.", example = "549", minimum = "1", maximum = "20000") Integer height,
        @NotBlank @Size(max = 1000)
        @Schema(description = "Text alternative for screen readers.", example = "A rally in Niamey", maxLength = 1000) String alt,
        @Size(max = 2000) @Schema(description = "Default caption.", example = "Supporters of the junta rallied in Niamey", maxLength = 2000) String caption,
        @Size(max = 300) @Schema(description = "Default credit.", example = "Reuters", maxLength = 300) String credit,
        @Size(max = 300) @Schema(description = "Copyright holder.", example = "Reuters", maxLength = 300) String copyrightHolder,
        @Schema(description = ImageMetadataInput.MARKED_PUBLIC, example = "false") Boolean markedPublic) {

    public static final String EXAMPLE = "{\"slug\":\"niamey-rally\",\"url\":\"https://images.byline.example/niamey-rally.jpg\","
            + "\"width\":976,\"height\":549,\"alt\":\"A rally in Niamey\",\"caption\":\"Supporters of the junta rallied in Niamey\",\"credit\":\"Reuters\"}";

    public static ExternalImageInput of(Image image) {
        return new ExternalImageInput(image.slug, ImageAddresses.shown(image.url), image.width, image.height, image.altText, image.caption,
                image.credit, image.copyrightHolder, image.markedPublic);
    }

    public ImageMetadataInput metadata() {
        return new ImageMetadataInput(slug, alt, caption, credit, copyrightHolder, markedPublic);
    }
}
