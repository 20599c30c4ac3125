package news.byline.author;

import java.util.UUID;
import news.byline.image.ImageView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Author", description = "A contributor of stories.", example = AuthorView.EXAMPLE)
public record AuthorView(
        @Schema(description = "Author id.", example = "7c9e6679-7425-30de-944b-e07fc1f90ae7") UUID id,
        @Schema(description = "Human identifier.", example = "chris-ewokor") String slug,
        @Schema(description = "Name as printed in bylines.", example = "Chris Ewokor") String name,
        @Schema(nullable = true, description = "Job title.", example = "Nigeria correspondent") String jobTitle,
        @Schema(nullable = true, description = "Short biography.", example = "Chris Ewokor reports for BBC News from Abuja.") String bio,
        @Schema(nullable = true, description = "Portrait image, if any.") ImageView portrait) {

    static final String EXAMPLE = "{\"id\":\"7c9e6679-7425-30de-944b-e07fc1f90ae7\",\"slug\":\"chris-ewokor\","
            + "\"name\":\"Chris Ewokor\",\"jobTitle\":\"Nigeria correspondent\","
            + "\"bio\":\"Chris Ewokor reports for BBC News from Abuja.\"}";

    public static AuthorView of(Author author) {
        return new AuthorView(author.id, author.slug, author.name, author.jobTitle, author.bio,
                ImageView.of(author.portrait));
    }
}
