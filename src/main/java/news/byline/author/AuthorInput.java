package news.byline.author;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import news.byline.content.Slugs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor sends to create or replace an author. */
@Schema(name = "AuthorInput", description = "An author as written by an editor; the slug is made from the name when absent.",
        example = AuthorInput.EXAMPLE)
public record AuthorInput(
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 160)
        @Schema(description = "Human identifier; made from the name when absent.", example = "ulf-laessing", maxLength = 160) String slug,
        @NotBlank @Size(max = 200)
        @Schema(description = "Name as printed in bylines.", example = "Ulf Laessing", maxLength = 200) String name,
        @Size(max = 200)
        @Schema(description = "Job title.", example = "Sahel analyst", maxLength = 200) String jobTitle,
        @Size(max = 4000)
        @Schema(description = "Short biography.", example = "Ulf Laessing heads the Sahel programme of the Konrad Adenauer Foundation.", maxLength = 4000) String bio,
        @Schema(description = "Image to use as portrait.", example = "0bde5182-ba16-3461-853b-e457c09fbbb3") UUID portraitImageId) {

    public static final String EXAMPLE = "{\"slug\":\"ulf-laessing\",\"name\":\"Ulf Laessing\",\"jobTitle\":\"Sahel analyst\","
            + "\"bio\":\"Ulf Laessing heads the Sahel programme of the Konrad Adenauer Foundation.\"}";
    public static final String REPLACE_EXAMPLE = "{\"slug\":\"chris-ewokor\",\"name\":\"Chris Ewokor\",\"jobTitle\":\"Nigeria correspondent\","
            + "\"bio\":\"Chris Ewokor reports on Nigeria and West Africa for BBC News from Abuja.\"}";

    public static AuthorInput of(Author author) {
        return new AuthorInput(author.slug, author.name, author.jobTitle, author.bio,
                author.portrait == null ? null : author.portrait.id);
    }
}
