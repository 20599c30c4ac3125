package news.byline.image;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An image's metadata. As an image in use (lead image, image block) caption and credit are those of
 * the use, falling back to the image's own defaults.
 */
@Schema(name = "Image", description = "Image metadata: address, size, alt text, caption, credit and renditions.",
        example = ImageView.EXAMPLE)
public record ImageView(
        @Schema(description = "Image id.", example = "5f1c3a52-93b1-3f5c-b1a8-8a8f3f1a9e27") UUID id,
        @Schema(description = "Human identifier.", example = "niger-russia-flags") String slug,
        @Schema(description = "Address of the original.", example = "https://images.byline.example/niger-russia-flags.jpg") String url,
        @Schema(description = "Width of the original in pixels.", example = "976") int width,
        @Schema(description = "Height of the original in pixels.", example = "549") int height,
        @Schema(description = "Text alternative for screen readers.", example = "Supporters of Niger's junta wave Russian flags") String alt,
        @Schema(nullable = true, description = "Caption shown under the image.", example = "Niger is among the countries in the Sahel region to have strengthened military ties with Russia") String caption,
        @Schema(nullable = true, description = "Credit line (\"Image source\").", example = "Getty Images") String credit,
        @Schema(nullable = true, description = "Copyright holder, when it differs from the credit.", example = "AFP") String copyrightHolder,
        @Schema(description = "Scaled versions for srcset, for images uploaded to Byline; empty for images hosted elsewhere.") List<Rendition> renditions,
        @Schema(description = "Marked public by an editor (public before any published content uses it).", example = "false") boolean markedPublic) {

    static final String EXAMPLE = """
            {"id":"5f1c3a52-93b1-3f5c-b1a8-8a8f3f1a9e27","slug":"niger-russia-flags",\
            "url":"https://images.byline.example/niger-russia-flags.jpg","width":976,"height":549,\
            "alt":"Supporters of Niger's junta wave Russian flags",\
            "caption":"Niger is among the countries in the Sahel region to have strengthened military ties with Russia",\
            "credit":"Getty Images","renditions":[],"markedPublic":false}""";

    @Schema(name = "ImageRendition", description = "One scaled version of an image.",
            example = "{\"width\":480,\"height\":270,\"url\":\"https://images.byline.example/niger-russia-flags-480.jpg\"}")
    public record Rendition(
            @Schema(description = "Width in pixels.", example = "480") int width,
            @Schema(description = "Height in pixels.", example = "270") int height,
            @Schema(description = "Address of this rendition.", example = "https://images.byline.example/niger-russia-flags-480.jpg") String url) {
    }

    public static ImageView of(Image image) {
        return use(image, null, null);
    }

    /** The image as used in one place: the use's caption and credit win over the image's defaults. */
    public static ImageView use(Image image, String caption, String credit) {
        if (image == null) {
            return null;
        }
        String url = ImageAddresses.shown(image.url);
        return new ImageView(image.id, image.slug, url, image.width, image.height, image.altText,
                caption != null ? caption : image.caption, credit != null ? credit : image.credit,
                image.copyrightHolder, image.storageKey == null ? List.of() : ImageRenditions.listFor(image, url),
                image.markedPublic);
    }
}
