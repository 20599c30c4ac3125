package news.byline.live;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key event as the page's timeline shows it. */
@Schema(name = "KeyEvent", description = "A key event of a live page: a timeline entry linking to its post.",
        requiredProperties = {"id", "title", "publishedAt"},
        example = "{\"id\":\"6f1c1c1e-2b0a-4c7e-9a55-0d6f3f1e2a10\",\"title\":\"Russian instructors land in Niamey\","
                + "\"publishedAt\":\"2024-04-12T09:31:00Z\"}")
public record KeyEventView(
        @Schema(description = "The post's id.", example = "6f1c1c1e-2b0a-4c7e-9a55-0d6f3f1e2a10") UUID id,
        @Schema(nullable = true, description = "The post's title.", example = "Russian instructors land in Niamey") String title,
        @Schema(description = "When it was published.", example = "2024-04-12T09:31:00Z") Instant publishedAt) {
}
