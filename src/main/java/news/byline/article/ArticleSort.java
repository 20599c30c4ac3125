package news.byline.article;

import java.util.Arrays;
import java.util.stream.Collectors;
import news.byline.web.ProblemException;

/** The orders an article list can be asked for, by their API names. */
public enum ArticleSort {
    NEWEST("-publishedAt", "a.publishedAt", true),
    OLDEST("publishedAt", "a.publishedAt", false),
    RECENTLY_UPDATED("-updatedAt", "a.updatedAt", true);

    public static final String ALLOWED = "-publishedAt, publishedAt, -updatedAt";

    private final String apiName;
    final String key;
    final boolean descending;
    final String orderBy;

    ArticleSort(String apiName, String key, boolean descending) {
        this.apiName = apiName;
        this.key = key;
        this.descending = descending;
        String direction = descending ? " desc" : " asc";
        this.orderBy = key + direction + ", a.id" + direction;
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

    public static ArticleSort parse(String raw) {
        if (raw == null) {
            return NEWEST;
        }
        if ("relevance".equals(raw)) {
            throw ProblemException.invalidParameter("sort", "relevance needs full-text search (q), which is not supported yet");
        }
        return Arrays.stream(values()).filter(s -> s.apiName.equals(raw)).findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter("sort", "must be one of "
                        + Arrays.stream(values()).map(s -> s.apiName).collect(Collectors.joining(", "))));
    }
}
