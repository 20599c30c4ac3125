package news.byline.web.pipeline;

import io.quarkus.vertx.http.runtime.RouteConstants;
import jakarta.ws.rs.Priorities;

/**
 * The order of the request pipeline, in one place (as {@code cache.PurgeOrder} orders purges); the
 * {@code package-info} tells what each step does. Vert.x routes run first, lowest order first, on the event
 * loop; then RESTEasy Reactive's filters, lowest priority first for requests and highest first for responses.
 */
public final class FilterOrder {
    // Vert.x routes, before any resource is matched.
    /** Cuts off an image upload sent without a length: right after Quarkus's own body limit. */
    public static final int CHUNKED_UPLOAD_LIMIT = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1;
    /** CORS answers that any cache may share: before anything that answers (429s, cache hits) so that all get it. */
    public static final int CROSS_ORIGIN = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 2;
    /** Token buckets: before the response cache, so that a cached answer costs its budget too. */
    public static final int RATE_LIMITS = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 1;
    /** Public reads answered from the response cache, before the resources. */
    public static final int CACHE_HITS = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

    // Request filters before matching.
    /** Control characters and broken escapes in the path or query: nothing after this reads an undecodable path. */
    public static final int CONTROL_CHARACTERS = Priorities.AUTHENTICATION;
    /** OPTIONS names what a path answers: it needs no key and carries no body. */
    public static final int OPTIONS = Priorities.AUTHENTICATION + 100;
    /** A write without a key is refused before anything tells what the route accepts. */
    public static final int KEY_BEFORE_CONTENT = Priorities.AUTHENTICATION + 200;
    /** Oversized or length-less bodies, before they are read. */
    public static final int BODY_LIMITS = Priorities.AUTHENTICATION + 300;
    /**
     * Links are built under the public address. Last before matching: setting the request URI leaves the path
     * decoded once, so a filter reading the path after it would decode an escaped percent sign twice.
     */
    public static final int PUBLIC_BASE_URI = Priorities.AUTHENTICATION + 400;

    // Request filters once a resource is matched.
    /** Control characters in path parameters, as the resource will see them (decoded). */
    public static final int CONTROL_CHARACTERS_IN_PARAMETERS = Priorities.USER;
    /** Query parameters the operation does not know. */
    public static final int UNKNOWN_QUERY_PARAMETERS = Priorities.USER + 100;

    // Response filters: the higher first.
    /** A sparse field set trims the body first (noting the ids it shows)… */
    public static final int SPARSE_FIELDS = Priorities.USER + 100;
    /** …then the body is tagged, named by its surrogate keys, kept by the response cache, or answered 304. */
    public static final int CONDITIONAL_GET = Priorities.USER;

    private FilterOrder() {
    }
}
