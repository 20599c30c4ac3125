package news.byline.key;

import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A write without a key answers 401 before anything reads its media type or body: otherwise 415 or 400
 * would come first, and would tell an anonymous caller what the route accepts. The page-view beacon is the
 * one write anyone may send.
 */
public class KeyBeforeContent {
    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, "PATCH", HttpMethod.DELETE);
    private static final Pattern ANONYMOUS_WRITES = Pattern.compile("/api/v1/articles/[^/]+/views/?");

    @ServerRequestFilter(preMatching = true)
    public void requireKey(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (WRITES.contains(request.getMethod()) && path.startsWith("/api/") && request.getHeaderString("Authorization") == null
                && !ANONYMOUS_WRITES.matcher(path).matches()) {
            throw new UnauthorizedException("An API key is needed for this");
        }
    }
}
