package news.byline.web.pipeline;

import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/**
 * Who sent a request, once its bearer key (if any) has been looked up: {@link RateLimits} decides it before
 * anything else, budgets and the response cache follow it, and authentication builds the identity from it.
 */
public record Caller(Kind kind, String keyId, Set<String> roles) {
    private static final String ATTRIBUTE = "byline.caller";
    private static final Caller ANONYMOUS = new Caller(Kind.ANONYMOUS, null, Set.of());
    private static final Caller REFUSED = new Caller(Kind.REFUSED, null, Set.of());

    public enum Kind {
        /** No bearer key: a public reader, answered from the cache, on its address's budget. */
        ANONYMOUS,
        /** A bearer key that is unknown or revoked. */
        REFUSED,
        /** A read-only key for front ends: sees what anonymous readers see, from the cache, on the key's budget. */
        DELIVERY,
        /** A key that may edit: its reads are exempt from budgets and caches, its writes spend the key's budget. */
        EDITORIAL
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public static Caller refused() {
        return REFUSED;
    }

    /** The caller a request was found to be, or null when none was decided (a request that skipped the pipeline). */
    public static Caller of(RoutingContext context) {
        return context.get(ATTRIBUTE);
    }

    void attachTo(RoutingContext context) {
        context.put(ATTRIBUTE, this);
    }

    /** Whether answers to this caller may come from, and go into, the shared response cache. */
    boolean readsPublicly() {
        return kind == Kind.ANONYMOUS || kind == Kind.DELIVERY;
    }
}
