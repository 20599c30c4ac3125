package news.byline.web.pipeline;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import news.byline.config.BylineConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Builds every absolute link (list links, Location, feed and sitemap addresses) under the configured public
 * address (BYLINE_API_URL) instead of the request's Host header: answers are cached and shared, and a
 * forged Host must not end up in what other readers receive.
 */
public class PublicBaseUri {
    private final URI base;

    public PublicBaseUri(BylineConfig config) {
        this.base = URI.create(config.apiUrl().replaceAll("/+$", "") + "/");
    }

    @ServerRequestFilter(preMatching = true, priority = FilterOrder.PUBLIC_BASE_URI)
    public void usePublicBase(ContainerRequestContext request) {
        URI received = request.getUriInfo().getRequestUri();
        String path = received.getRawPath() == null ? "" : received.getRawPath().replaceFirst("^/", "");
        String query = received.getRawQuery() == null ? "" : "?" + received.getRawQuery();
        request.setRequestUri(base, base.resolve(path + query));
    }
}
