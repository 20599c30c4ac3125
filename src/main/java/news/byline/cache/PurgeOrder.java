package news.byline.cache;

/**
 * The order in which holders drop what a change made stale: what others are derived from first, rendered
 * answers last, so that a render starting between two purges cannot read stale derived data and be kept.
 */
public final class PurgeOrder {
    public static final int CANDIDATES = 10;
    public static final int RANKINGS = 20;
    public static final int DERIVED_DATA = 30;
    /** Prepared summaries and articles: read by renders, so dropped after what they use and before the answers. */
    public static final int READ_MODEL = 40;
    public static final int RESPONSES = 100;
    public static final int OTHER_INSTANCES = 200;

    private PurgeOrder() {
    }
}
