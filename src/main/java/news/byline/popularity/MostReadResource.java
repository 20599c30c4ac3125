package news.byline.popularity;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.byline.section.SectionService;
import news.byline.web.ProblemException;
import news.byline.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/most-read")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Most read", description = "Stories ranked by recent page views")
public class MostReadResource {
    private static final Pattern WINDOW = Pattern.compile("^(\\d{1,3})([hd])$");
    private static final Duration MAX_WINDOW = Duration.ofDays(30);

    private final PopularityService popularity;
    private final SectionService sections;

    public MostReadResource(PopularityService popularity, SectionService sections) {
        this.popularity = popularity;
        this.sections = sections;
    }

    @Schema(name = "MostRead", description = "Ranked stories.",
            example = "{\"data\":[],\"meta\":{\"window\":\"24h\",\"limit\":10}}")
    public record MostRead(
            @Schema(description = "Stories, most viewed first.") List<MostReadItem> data,
            @Schema(description = "The window and limit applied.") Meta meta) {
    }

    @Schema(name = "MostReadMeta", description = "What the ranking covers.", example = "{\"window\":\"24h\",\"limit\":10}")
    public record Meta(
            @Schema(description = "Time window counted.", example = "24h") String window,
            @Schema(description = "Most items returned.", example = "10") int limit,
            @Schema(description = "Section path the ranking is limited to.", example = "news/world") String section) {
    }

    @GET
    @Operation(operationId = "getMostRead", summary = "Most read", description = "Published stories ranked by views in a recent window (default the last 24 hours).")
    public MostRead get(
            @QueryParam("limit") @Parameter(description = "How many stories, 1 to 50.", example = "10",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "10")) String limit,
            @QueryParam("window") @Parameter(description = "Window counted back from now: PT1H, P1D, P7D (any ISO-8601 duration) "
                    + "or hours/days such as 24h or 7d; at most 30 days.", example = "P1D",
                    schema = @Schema(defaultValue = "24h")) String window,
            @QueryParam("section") @Parameter(description = "Only stories in this section's subtree.", example = "news") String section) {
        int size = QueryParams.intInRange("limit", limit, 10, 1, 50);
        String windowText = window == null ? "24h" : window;
        String sectionPath = section == null ? null : sections.byPath(section).path;
        List<MostReadItem> items = popularity.mostRead(size, parseWindow(windowText), sectionPath);
        return new MostRead(items, new Meta(windowText, size, sectionPath));
    }

    /** Hours or days (24h, 7d) or an ISO-8601 duration (PT1H, P1D, P7D), up to 30 days. */
    private static Duration parseWindow(String raw) {
        if (raw.startsWith("P")) {
            try {
                Duration duration = Duration.parse(raw);
                if (!duration.isNegative() && !duration.isZero() && duration.compareTo(MAX_WINDOW) <= 0) {
                    return duration;
                }
            } catch (java.time.format.DateTimeParseException ignored) {
                // reported below
            }
        }
        Matcher matcher = WINDOW.matcher(raw);
        if (matcher.matches()) {
            int amount = Integer.parseInt(matcher.group(1));
            Duration duration = matcher.group(2).equals("h") ? Duration.ofHours(amount) : Duration.ofDays(amount);
            if (amount > 0 && duration.compareTo(MAX_WINDOW) <= 0) {
                return duration;
            }
        }
        throw ProblemException.invalidParameter("window", "must be hours or days such as 24h, 7d, PT1H, P1D or P7D, at most 30 days");
    }
}
