package news.byline.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects a NUL character (%00) in the path or a query parameter: no identifier, slug or search contains
 * one, and PostgreSQL refuses it in text, which would otherwise surface as a 500.
 */
public class NulCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public void rejectNul(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        if (uri.getPath().indexOf('\u0000') >= 0) {
            throw ProblemException.invalidParameter("path", "must not contain a NUL character (%00)");
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0
                    || parameter.getValue().stream().anyMatch(v -> v != null && v.indexOf('\u0000') >= 0)) {
                throw ProblemException.invalidParameter(parameter.getKey(), "must not contain a NUL character (%00)");
            }
        }
    }
}
