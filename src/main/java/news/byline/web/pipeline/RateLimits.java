package news.byline.web.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import news.byline.config.BylineConfig;
import news.byline.web.problem.Problem;
import news.byline.web.route.RateClass;
import news.byline.web.route.Routes;

/**
 * Token buckets per client, checked before anything else (the response cache included): public reads and
 * page-view beacons per client address, writes per API key. Over budget, a 429 problem says when to retry
 * (Retry-After) and what the budget is (RateLimit-Policy, RateLimit-Limit/-Remaining/-Reset); writes carry
 * the RateLimit headers on every answer, public reads only on the 429, so that a cached answer never holds
 * one client's budget. Budgets are kept per instance: each instance protects itself, and a balancer spreads a
 * client's requests. Behind a proxy or CDN, the client address is the forwarded one once Quarkus is told to
 * trust it (quarkus.http.proxy.*, see the README).
 */
@ApplicationScoped
public class RateLimits {
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final BylineConfig.RateLimits limits;
    private final ObjectMapper json;
    private final Routes routes;
    private final Cache<String, Bucket> buckets;

    public RateLimits(BylineConfig config, ObjectMapper json, Routes routes) {
        this.limits = config.rateLimits();
        this.json = json;
        this.routes = routes;
        // A bucket unused for longer than its window is full again: forgetting it changes nothing.
        this.buckets = Caffeine.newBuilder().maximumSize(limits.clients()).expireAfterAccess(WINDOW.multipliedBy(2)).build();
    }

    void install(@Observes Router router) {
        router.route().order(FilterOrder.RATE_LIMITS).handler(this::limit);
    }

    void limit(RoutingContext context) {
        Budget budget = budgetOf(context.request());
        if (budget == null || budget.perMinute() <= 0) {
            context.next();
            return;
        }
        Bucket bucket = buckets.get(budget.client(), client -> Bucket.builder()
                .addLimit(limit -> limit.capacity(budget.perMinute()).refillGreedy(budget.perMinute(), WINDOW)).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        Map<String, String> headers = headers(budget.perMinute(), probe);
        if (probe.isConsumed()) {
            if (budget.reported()) {
                context.addHeadersEndHandler(ended -> headers.forEach(context.response()::putHeader));
            }
            context.next();
            return;
        }
        long retryAfter = seconds(probe.getNanosToWaitForRefill());
        Problem problem = new Problem("/problems/rate-limited", "Too many requests", 429, "This client may make "
                + budget.perMinute() + " such requests a minute; retry in " + retryAfter + " s", context.request().path(), null);
        headers.forEach(context.response()::putHeader);
        context.response().setStatusCode(429).putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter))
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(write(problem));
    }

    private Budget budgetOf(HttpServerRequest request) {
        HttpMethod method = request.method();
        String key = request.getHeader(HttpHeaders.AUTHORIZATION);
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        if (method == HttpMethod.OPTIONS) {
            return null;
        }
        RateClass rateClass = routes.rateClass(method.name(), request.path());
        if (rateClass == RateClass.ANONYMOUS_WRITE) {
            return new Budget("anonymous write " + address, limits.beaconsPerMinute(), false);
        }
        if (key == null) { // a public read, or a write that will be refused for want of a key
            return new Budget("read " + address, limits.readsPerMinute(), false);
        }
        return rateClass == RateClass.READ ? null : new Budget("write " + digest(key), limits.writesPerMinute(), true);
    }

    private static Map<String, String> headers(long perMinute, ConsumptionProbe probe) {
        return Map.of("RateLimit-Policy", perMinute + ";w=60", "RateLimit-Limit", String.valueOf(perMinute),
                "RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()),
                "RateLimit-Reset", String.valueOf(seconds(probe.getNanosToWaitForReset())));
    }

    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    /** Keys are kept by digest: no secret stays in memory longer than its request. */
    private static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whose budget a request spends, how large it is, and whether its answers say what is left. */
    private record Budget(String client, long perMinute, boolean reported) {
    }
}
