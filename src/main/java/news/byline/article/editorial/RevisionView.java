package news.byline.article.editorial;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Revision", description = "One saved state of an article; the snapshot is present when a single revision is fetched.",
        example = "{\"number\":3,\"status\":\"draft\",\"summary\":\"updated\",\"createdAt\":\"2024-04-12T09:31:00Z\",\"createdBy\":\"3f0b8c1e-2a4d-4e6f-8a9b-0c1d2e3f4a5b\"}")
public record RevisionView(
        @Schema(description = "Revision number, from 1.", example = "3") int number,
        @Schema(description = "The article's workflow state after this save.", example = "draft") String status,
        @Schema(description = "What the save did.", example = "updated") String summary,
        @Schema(description = "When it was saved.", example = "2024-04-12T09:31:00Z") Instant createdAt,
        @Schema(description = "The key that saved it.", example = "3f0b8c1e-2a4d-4e6f-8a9b-0c1d2e3f4a5b") String createdBy,
        @Schema(nullable = true, description = "The article's content as it was.") ArticleInput snapshot) {
}
