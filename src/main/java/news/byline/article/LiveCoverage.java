package news.byline.article;

import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a summary shows of a live page's coverage: enough for a "Live" badge and "last updated 3 minutes ago". */
@Schema(name = "LiveCoverage", description = "A live page's coverage, in summaries of live pages (null for other stories).",
        requiredProperties = {"status", "startTime", "endTime", "lastPostAt", "postCount"},
        example = "{\"status\":\"live\",\"startTime\":\"2024-04-12T06:00:00Z\",\"endTime\":null,"
                + "\"lastPostAt\":\"2024-04-12T10:02:00Z\",\"postCount\":31}")
public record LiveCoverage(
        @Schema(enumeration = {"upcoming", "live", "ended"}, description = "upcoming: announced; live: being updated; ended: over.",
                example = "live") String status,
        @Schema(nullable = true, description = "When coverage starts or started.", example = "2024-04-12T06:00:00Z") Instant startTime,
        @Schema(nullable = true, description = "When coverage ended (or is planned to end).", example = "2024-04-12T20:00:00Z") Instant endTime,
        @Schema(nullable = true, description = "When the newest published post was published.", example = "2024-04-12T10:02:00Z") Instant lastPostAt,
        @Schema(description = "Published posts.", example = "31") int postCount) {

    /** The coverage of a live page; null for any other story. */
    public static LiveCoverage of(Article article) {
        if (article.type != ArticleType.LIVE) {
            return null;
        }
        CoverageStatus status = article.coverageStatus == null ? CoverageStatus.UPCOMING : article.coverageStatus;
        return new LiveCoverage(status.name().toLowerCase(Locale.ROOT), article.coverageStart, article.coverageEnd,
                article.lastPostAt, article.livePostCount);
    }
}
