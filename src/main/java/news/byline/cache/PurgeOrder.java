package news.byline.cache;

/**
 * The order in which holders drop what a change made stale: what others are derived from first, rendered
 * answers last, so that a render starting between two purges cannot read stale derived data and be kept.
 */
public final class PurgeOrder {
    public static final int CANDIDATES = 10;
    public static final int RANKINGS = 20;
    public static final int DERIVED_DATA = 30;
    public static final int RESPONSES = 100;
    public static final int OTHER_INSTANCES = 200;

    private PurgeOrder() {
    }
}
