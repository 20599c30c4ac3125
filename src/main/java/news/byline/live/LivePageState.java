package news.byline.live;

import java.util.List;
import java.util.UUID;
import news.byline.article.LiveCoverage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a live-page event carries: the page's own state after the change (its posts have events of their own). */
@Schema(name = "LivePageState", description = "A live page's coverage, key points and pinned post, as live-page events carry them.",
        requiredProperties = {"id", "coverage", "keyPoints", "pinnedPostId"},
        example = "{\"id\":\"76dc18ab-5fd2-3c91-a6aa-0733e61e8811\",\"coverage\":{\"status\":\"live\",\"startTime\":\"2024-04-12T06:00:00Z\","
                + "\"endTime\":null,\"lastPostAt\":\"2024-04-12T10:02:00Z\",\"postCount\":32},\"keyPoints\":[\"Russian military instructors "
                + "arrive in Niger\"],\"pinnedPostId\":null}")
public record LivePageState(
        @Schema(description = "The live page (article) id.", example = "9d2f7a52-8a7c-4c1e-b8a4-5b7f0c2d9e31") UUID id,
        @Schema(description = "Coverage status, times, newest post time and post count.") LiveCoverage coverage,
        @Schema(description = "Key points, in order.", example = "[\"Russian military instructors arrive in Niger\"]") List<String> keyPoints,
        @Schema(nullable = true, description = "The pinned post, if any.", example = "6f1c1c1e-2b0a-4c7e-9a55-0d6f3f1e2a10") UUID pinnedPostId) {
}
