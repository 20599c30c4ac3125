package news.byline.key;

import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Set;
import news.byline.web.pipeline.BearerTokens;
import news.byline.web.pipeline.FilterOrder;
import news.byline.web.route.RateClass;
import news.byline.web.route.Routes;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A write without a key answers 401 before anything reads its media type or body: otherwise 415 or 400
 * would come first, and would tell an anonymous caller what the route accepts. Routes that declare
 * themselves anonymous writes (the page-view beacon) are the ones anyone may send.
 */
public class KeyBeforeContent {
    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final Routes routes;

    public KeyBeforeContent(Routes routes) {
        this.routes = routes;
    }

    @ServerRequestFilter(preMatching = true, priority = FilterOrder.KEY_BEFORE_CONTENT)
    public void requireKey(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod()) || BearerTokens.secret(request.getHeaderString("Authorization")) != null) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/") && routes.rateClass(request.getMethod(), path) != RateClass.ANONYMOUS_WRITE) {
            throw new UnauthorizedException("An API key is needed for this");
        }
    }
}
