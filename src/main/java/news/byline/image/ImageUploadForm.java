package news.byline.image;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import news.byline.content.Slugs;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The parts of an image upload: the file and its metadata. */
@Schema(name = "ImageUpload", description = "multipart/form-data: the image file and its metadata.",
        example = "{\"alt\":\"A rally in Niamey\",\"caption\":\"Supporters of the junta rallied in Niamey\",\"credit\":\"Reuters\"}")
public class ImageUploadForm {
    @RestForm("file")
    @NotNull(message = "an image file is required")
    @Schema(type = SchemaType.STRING, format = "binary", description = "JPEG, PNG, WebP or GIF; the type is read from the bytes.")
    public FileUpload file;

    @RestForm
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 160)
    @Schema(description = "Human identifier; made from the alt text when absent.", example = "niamey-rally")
    public String slug;

    @RestForm
    @NotBlank @Size(max = 1000)
    @Schema(description = "Text alternative for screen readers.", example = "A rally in Niamey")
    public String alt;

    @RestForm
    @Size(max = 2000)
    @Schema(description = "Default caption.", example = "Supporters of the junta rallied in Niamey")
    public String caption;

    @RestForm
    @Size(max = 300)
    @Schema(description = "Default credit.", example = "Reuters")
    public String credit;

    @RestForm
    @Size(max = 300)
    @Schema(description = "Copyright holder, when it differs from the credit.", example = "Reuters")
    public String copyrightHolder;

    @RestForm
    @Pattern(regexp = "true|false", message = "must be true or false")
    @Schema(description = ImageMetadataInput.MARKED_PUBLIC, enumeration = {"true", "false"}, example = "false")
    public String markedPublic;

    ImageMetadataInput metadata() {
        return new ImageMetadataInput(slug, alt, caption, credit, copyrightHolder, markedPublic == null ? null : Boolean.valueOf(markedPublic));
    }
}
