package news.byline.live;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One saved state of a live post, with the post as it was then. */
@Schema(name = "LivePostRevision", description = "One saved state of a live post: who saved it, why, and the post as it was.",
        requiredProperties = {"number", "status", "summary", "createdAt", "createdBy", "snapshot"},
        example = "{\"number\":2,\"status\":\"published\",\"summary\":\"updated\",\"createdAt\":\"2024-04-12T09:31:00Z\","
                + "\"createdBy\":\"3f0b8c1e-2a4d-4e6f-8a9b-0c1d2e3f4a5b\",\"snapshot\":" + LivePostInput.EXAMPLE + "}")
public record LivePostRevisionView(
        @Schema(description = "Revision number, from 1.", example = "2") int number,
        @Schema(description = "The post's state after this save.", enumeration = {"draft", "scheduled", "published", "deleted"},
                example = "published") String status,
        @Schema(description = "What the save did.", example = "updated") String summary,
        @Schema(description = "When it was saved.", example = "2024-04-12T09:31:00Z") Instant createdAt,
        @Schema(description = "The key that saved it.", example = "3f0b8c1e-2a4d-4e6f-8a9b-0c1d2e3f4a5b") String createdBy,
        @Schema(description = "The post as it was.") LivePostInput snapshot) {
}
