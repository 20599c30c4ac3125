package news.byline.web.route;

/**
 * Whose budget a request spends (see {@code RateLimits}). Reads and writes fall in their class by their method;
 * a route declares {@link Budget} only to be counted otherwise.
 */
public enum RateClass {
    /** Public reads: per client address. Reads with a key are not counted. */
    READ,
    /** Writes: per API key. */
    WRITE,
    /** Writes anyone may send without a key (the page-view beacon): per client address, on a budget of their own. */
    ANONYMOUS_WRITE
}
