package news.byline.article;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import news.byline.article.search.SearchQuery;
import news.byline.web.paging.FieldSelection;
import news.byline.web.paging.PageParams;
import news.byline.web.paging.QueryParams;
import news.byline.web.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging, sorting and narrowing parameters shared by every route that lists articles. */
public class ArticleListParams extends PageParams {
    /** Topics a story may be required to carry at once (topic=+a,+b…). */
    static final int MAX_REQUIRED_TOPICS = 5;

    @QueryParam("type")
    @Parameter(description = "Editorial form; repeat (or separate by commas) to match any of several.",
            example = "[\"story\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> type;

    @QueryParam("from")
    @Parameter(description = "Published at or after this ISO-8601 date or date-time.", example = "2024-04-01T00:00:00Z",
            schema = @Schema(type = SchemaType.STRING, pattern = QueryParams.DATE_OR_DATE_TIME))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Published at or before this ISO-8601 date or date-time.", example = "2024-04-30T23:59:59Z",
            schema = @Schema(type = SchemaType.STRING, pattern = QueryParams.DATE_OR_DATE_TIME))
    public String to;

    @QueryParam("updatedFrom")
    @Parameter(description = "Changed at or after this ISO-8601 date or date-time: with sort=-updatedAt, what a syncing "
            + "client missed since its last visit.", example = "2024-04-12T00:00:00Z",
            schema = @Schema(type = SchemaType.STRING, pattern = QueryParams.DATE_OR_DATE_TIME))
    public String updatedFrom;

    @QueryParam("updatedTo")
    @Parameter(description = "Changed at or before this ISO-8601 date or date-time.", example = "2024-04-13T00:00:00Z",
            schema = @Schema(type = SchemaType.STRING, pattern = QueryParams.DATE_OR_DATE_TIME))
    public String updatedTo;

    @QueryParam("q")
    @Parameter(description = "Full-text search (at most 200 characters) over headline, summary, topic and contributor names "
            + "and body text, in web-search syntax: words must all occur, \"quoted phrase\", either OR other, -excluded. "
            + "Each result carries a snippet. On PostgreSQL words match by stem and without accents, ranked with the headline "
            + "weighted highest; the embedded H2 database matches case- and accent-folded substrings, unranked.",
            example = "russia niger -sport")
    public String q;

    @QueryParam("sort")
    @Parameter(description = "Order: -publishedAt (newest first, the default), publishedAt, -updatedAt, or relevance "
            + "(search results only, and their default: best match first). Relevance ranks the 300 newest matches "
            + "(BYLINE_SEARCH_RANK_WINDOW), so that a word found in most stories answers as fast as a rare one; "
            + "matches beyond them follow, newest first. meta.total counts every match.", example = "-publishedAt",
            schema = @Schema(enumeration = {"-publishedAt", "publishedAt", "-updatedAt", "relevance"}))
    public String sort;

    @QueryParam("cursor")
    @Parameter(description = "Cursor paging: the meta.nextCursor of the previous page (instead of page). Opaque and signed; "
            + "it keeps its place while stories are added, and expires after a day (BYLINE_CURSOR_TTL). Not for sort=relevance. (No example: sent with page, it is a 400.)")
    public String cursor;

    @QueryParam("fields")
    @Parameter(description = "Sparse field set: summary fields to keep, comma-separated; a nested one as parent.child.",
            example = "headline,summary,leadImage.url", schema = @Schema(type = SchemaType.STRING, pattern = FieldSelection.PATTERN))
    public String fields;

    public ArticleFilter filter() {
        List<ArticleType> types = values(type).stream()
                .map(t -> QueryParams.choice("type", t, ArticleType.class, null)).toList();
        Instant fromInstant = QueryParams.instant("from", from);
        Instant toInstant = QueryParams.instant("to", to);
        ordered("from", fromInstant, "to", toInstant);
        Instant updatedFromInstant = QueryParams.instant("updatedFrom", updatedFrom);
        Instant updatedToInstant = QueryParams.instant("updatedTo", updatedTo);
        ordered("updatedFrom", updatedFromInstant, "updatedTo", updatedToInstant);
        return new ArticleFilter(List.of(), List.of(), List.of(), List.of(), types, fromInstant, toInstant,
                updatedFromInstant, updatedToInstant, SearchQuery.parse(q));
    }

    private static void ordered(String fromName, Instant from, String toName, Instant to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalidParameter(fromName, "must not be after " + toName);
        }
    }

    /**
     * Topic values: plain slugs match any of them; a slug prefixed with + is required as well (all-of).
     * An unencoded + arrives as a space, which no slug contains, so a leading space counts as + too.
     */
    static ArticleFilter withTopicValues(ArticleFilter filter, List<String> raw) {
        List<String> pieces = raw == null ? List.of() : raw.stream().filter(Objects::nonNull)
                .flatMap(v -> Arrays.stream(v.split(","))).filter(v -> !v.isBlank())
                .map(v -> v.startsWith(" ") ? "+" + v.strip() : v.strip()).toList();
        List<String> all = pieces.stream().filter(v -> v.startsWith("+"))
                .map(v -> v.substring(1).strip()).filter(v -> !v.isEmpty()).distinct().toList();
        List<String> any = pieces.stream().filter(v -> !v.startsWith("+")).distinct().toList();
        if (all.size() > MAX_REQUIRED_TOPICS) { // each required topic is one more probe per candidate story
            throw ProblemException.invalidParameter("topic", "at most " + MAX_REQUIRED_TOPICS + " topics may be required (+slug)");
        }
        return filter.withTopics(any, all);
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
