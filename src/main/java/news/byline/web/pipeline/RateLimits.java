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
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import news.byline.config.BylineConfig;
import news.byline.web.problem.Problem;
import news.byline.web.problem.ProblemType;
import news.byline.web.route.RateClass;
import news.byline.web.route.Routes;

/**
 * Decides who sent each request and spends that client's budget, before anything else (the response cache
 * included). A bearer key is looked up first ({@link KeyLookup}, cached for a short while): an unknown or revoked
 * one answers 401, late, and spends its address's budget of failed authentications (429 when spent, with no
 * lookup at all). Budgets: reads without a key (or with another scheme, such as Basic) and page-view beacons per
 * client address; reads with a delivery key per key; reads with an editorial key none; writes per key id.
 * Over budget, a 429 problem says when to retry (Retry-After) and what the budget is (RateLimit-Policy,
 * RateLimit-Limit/-Remaining/-Reset); writes carry the RateLimit headers on every answer, reads only on the 429,
 * so that a cached answer never holds one client's budget. Budgets are kept per instance: each instance
 * protects itself, and a balancer spreads a client's requests. Behind a proxy or CDN, the client address is the
 * forwarded one once Quarkus is told to trust it (quarkus.http.proxy.*, see the README).
 */
@ApplicationScoped
public class RateLimits {
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final BylineConfig.RateLimits limits;
    private final ObjectMapper json;
    private final Routes routes;
    private final KeyLookup keys;
    private final Cache<String, Bucket> buckets;

    public RateLimits(BylineConfig config, ObjectMapper json, Routes routes, KeyLookup keys) {
        this.limits = config.rateLimits();
        this.json = json;
        this.routes = routes;
        this.keys = keys;
        // A bucket unused for longer than its window is full again: forgetting it changes nothing.
        this.buckets = Caffeine.newBuilder().maximumSize(limits.clients()).expireAfterAccess(WINDOW.multipliedBy(2)).build();
    }

    void install(@Observes Router router) {
        router.route().order(FilterOrder.RATE_LIMITS).handler(this::limit);
    }

    void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        String secret = BearerTokens.secret(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (secret == null || request.method() == HttpMethod.OPTIONS) {
            admit(context, Caller.anonymous());
            return;
        }
        Caller known = keys.recent(secret);
        if (known != null && known.kind() != Caller.Kind.REFUSED) {
            admit(context, known);
            return;
        }
        Budget failures = failedAuthentications(request);
        if (failures.perMinute() > 0 && bucket(failures).getAvailableTokens() < 1) {
            tooMany(context, failures, bucket(failures).tryConsumeAndReturnRemaining(1));
            return;
        }
        if (known != null) {
            decided(context, known, failures);
            return;
        }
        context.vertx().executeBlocking(() -> keys.find(secret), false).onComplete(found -> {
            if (found.succeeded()) {
                decided(context, found.result(), failures);
            } else {
                context.fail(found.cause());
            }
        });
    }

    private void decided(RoutingContext context, Caller caller, Budget failures) {
        if (caller.kind() != Caller.Kind.REFUSED) {
            admit(context, caller);
            return;
        }
        if (failures.perMinute() > 0) {
            bucket(failures).tryConsume(1);
        }
        long delay = limits.failedAuthenticationDelay().toMillis();
        if (delay < 1) {
            unauthorized(context);
        } else {
            context.vertx().setTimer(delay, timer -> unauthorized(context));
        }
    }

    private void admit(RoutingContext context, Caller caller) {
        caller.attachTo(context);
        Budget budget = budgetOf(context.request(), caller);
        if (budget == null || budget.perMinute() <= 0) {
            context.next();
            return;
        }
        ConsumptionProbe probe = bucket(budget).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            tooMany(context, budget, probe);
            return;
        }
        if (budget.reported()) {
            Map<String, String> headers = headers(budget.perMinute(), probe);
            context.addHeadersEndHandler(ended -> headers.forEach(context.response()::putHeader));
        }
        context.next();
    }

    private Budget budgetOf(HttpServerRequest request, Caller caller) {
        RateClass rateClass = routes.rateClass(request.method().name(), request.path());
        if (request.method() == HttpMethod.OPTIONS) {
            return null;
        }
        if (rateClass == RateClass.ANONYMOUS_WRITE) {
            return new Budget("anonymous write " + address(request), limits.beaconsPerMinute(), false, "such requests");
        }
        return switch (caller.kind()) {
            // a public read, or a write that will be refused for want of a key
            case ANONYMOUS, REFUSED -> new Budget("read " + address(request), limits.readsPerMinute(), false, "such requests");
            case DELIVERY -> rateClass == RateClass.READ
                    ? new Budget("delivery " + caller.keyId(), limits.deliveryReadsPerMinute(), false, "reads")
                    : writes(caller);
            case EDITORIAL -> rateClass == RateClass.READ ? null : writes(caller);
        };
    }

    private Budget writes(Caller caller) {
        return new Budget("write " + caller.keyId(), limits.writesPerMinute(), true, "such requests");
    }

    private Budget failedAuthentications(HttpServerRequest request) {
        return new Budget("failed authentication " + address(request), limits.failedAuthenticationsPerMinute(), false,
                "requests with an unknown or revoked key");
    }

    private Bucket bucket(Budget budget) {
        return buckets.get(budget.client(), client -> Bucket.builder()
                .addLimit(limit -> limit.capacity(budget.perMinute()).refillGreedy(budget.perMinute(), WINDOW)).build());
    }

    private void tooMany(RoutingContext context, Budget budget, ConsumptionProbe probe) {
        long retryAfter = seconds(probe.getNanosToWaitForRefill());
        Problem problem = ProblemType.RATE_LIMITED.problem("This client may make "
                + budget.perMinute() + " " + budget.what() + " a minute; retry in " + retryAfter + " s",
                context.request().path(), null);
        headers(budget.perMinute(), probe).forEach(context.response()::putHeader);
        context.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        end(context, problem);
    }

    private void unauthorized(RoutingContext context) {
        context.response().putHeader(HttpHeaders.WWW_AUTHENTICATE, ProblemMappers.BEARER_CHALLENGE);
        end(context, ProblemMappers.unauthorized(context.request().path()));
    }

    private void end(RoutingContext context, Problem problem) {
        context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end(write(problem));
    }

    private static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    private static Map<String, String> headers(long perMinute, ConsumptionProbe probe) {
        return Map.of("RateLimit-Policy", perMinute + ";w=60", "RateLimit-Limit", String.valueOf(perMinute),
                "RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()),
                "RateLimit-Reset", String.valueOf(seconds(probe.getNanosToWaitForReset())));
    }

    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whose budget a request spends, how large it is, whether its answers say what is left, and what it counts. */
    private record Budget(String client, long perMinute, boolean reported, String what) {
    }
}
