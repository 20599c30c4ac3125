package news.byline.article;

import java.util.Arrays;
import java.util.stream.Collectors;
import news.byline.web.problem.ProblemException;

/** The orders an article list can be asked for, by their API names. */
enum ArticleSort {
    NEWEST("-publishedAt", "a.publishedAt", true),
    OLDEST("publishedAt", "a.publishedAt", false),
    RECENTLY_UPDATED("-updatedAt", "a.updatedAt", true),
    /** Search results, best match first; equal matches newest first (ranked by {@link ArticleService}). */
    RELEVANCE("relevance", "a.publishedAt", true);

    private final String apiName;
    final String key;
    final boolean descending;
    private final String timeOrder;

    ArticleSort(String apiName, String key, boolean descending) {
        this.apiName = apiName;
        this.key = key;
        this.descending = descending;
        String direction = descending ? " desc" : " asc";
        this.timeOrder = key + direction + ", a.id" + direction;
    }

    /** The JPQL time order, ties broken by id; relevance is ranked apart, over the newest matches. */
    String orderBy() {
        return timeOrder;
    }

    /** Keyset (cursor) paging needs an order on stored values; relevance is computed per query. */
    boolean allowsCursor() {
        return this != RELEVANCE;
    }

    /** The condition for the items after a cursor position: keyset on the sort key, then the id. */
    String after() {
        String beyond = descending ? "<" : ">";
        return "(" + key + " " + beyond + " :afterValue or (" + key + " = :afterValue and a.id " + beyond + " :afterId))";
    }

    /** The sort key of a listed article, as a cursor records it. */
    java.time.Instant valueOf(ArticleSummary summary) {
        return this == RECENTLY_UPDATED ? summary.updatedAt() : summary.publishedAt();
    }

    /** The order asked for; without one, search results by relevance and everything else newest first. */
    public static ArticleSort parse(String raw, boolean searching) {
        if (raw == null) {
            return searching ? RELEVANCE : NEWEST;
        }
        ArticleSort sort = Arrays.stream(values()).filter(s -> s.apiName.equals(raw)).findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter("sort", "must be one of "
                        + Arrays.stream(values()).map(s -> s.apiName).collect(Collectors.joining(", "))));
        if (sort == RELEVANCE && !searching) {
            throw ProblemException.invalidParameter("sort", "relevance orders search results: add q");
        }
        return sort;
    }
}
