package news.byline.article;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import news.byline.web.PageParams;
import news.byline.web.ProblemException;
import news.byline.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging, sorting and narrowing parameters shared by every route that lists articles. */
public class ArticleListParams extends PageParams {
    @QueryParam("type")
    @Parameter(description = "Editorial form; repeat (or separate by commas) to match any of several.",
            example = "[\"story\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> type;

    @QueryParam("from")
    @Parameter(description = "Published at or after this ISO-8601 date or date-time.", example = "2024-04-01T00:00:00Z")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Published at or before this ISO-8601 date or date-time.", example = "2024-04-30T23:59:59Z")
    public String to;

    @QueryParam("sort")
    @Parameter(description = "Order: -publishedAt (newest first, default), publishedAt, -updatedAt.", example = "-publishedAt",
            schema = @Schema(enumeration = {"-publishedAt", "publishedAt", "-updatedAt"}, defaultValue = "-publishedAt"))
    public String sort;

    @QueryParam("cursor")
    @Parameter(description = "Cursor paging: the meta.nextCursor of the previous page (instead of page). Opaque and signed; "
            + "it keeps its place while stories are added.", example = "MjAyNC0wNC0xMlQwOTozMTowMFp8.Tc3UzRUg1")
    public String cursor;

    @QueryParam("fields")
    @Parameter(description = "Sparse field set: summary fields to keep, comma-separated; a nested one as parent.child.",
            example = "headline,summary,leadImage.url")
    public String fields;

    public ArticleSort sortOrder() {
        return ArticleSort.parse(sort);
    }

    public ArticleFilter filter() {
        List<ArticleType> types = values(type).stream()
                .map(t -> QueryParams.choice("type", t, ArticleType.class, null)).toList();
        Instant fromInstant = QueryParams.instant("from", from);
        Instant toInstant = QueryParams.instant("to", to);
        if (fromInstant != null && toInstant != null && fromInstant.isAfter(toInstant)) {
            throw ProblemException.invalidParameter("from", "must not be after to");
        }
        return new ArticleFilter(null, List.of(), List.of(), types, fromInstant, toInstant);
    }

    /** Repeated parameters, each of which may also hold a comma-separated list. */
    static List<String> values(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().filter(Objects::nonNull)
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
    }
}
