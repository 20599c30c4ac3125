package news.byline.popularity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Most Read answer: ranked stories and what the ranking covers. */
@Schema(name = "MostRead", description = "Ranked stories.",
        example = "{\"data\":[],\"meta\":{\"window\":\"24h\",\"limit\":10}}")
public record MostRead(
        @Schema(description = "Stories, most viewed first.") List<MostReadItem> data,
        @Schema(description = "The window and limit applied.") Meta meta) {

    @Schema(name = "MostReadMeta", description = "What the ranking covers.", example = "{\"window\":\"24h\",\"limit\":10}")
    public record Meta(
            @Schema(description = "Time window counted.", example = "24h") String window,
            @Schema(description = "Most items returned.", example = "10") int limit,
            @Schema(nullable = true, description = "Section path the ranking is limited to.", example = "news/world") String section) {
    }
}
