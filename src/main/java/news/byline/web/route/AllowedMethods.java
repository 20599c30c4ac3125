package news.byline.web.route;

import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The methods a path answers, from the {@link Routes}: those of every template that matches it, since
 * RESTEasy Reactive tries a method on each matching resource in turn. Gives the Allow header of 405 and
 * OPTIONS answers.
 */
@Singleton
public class AllowedMethods {
    private final Routes routes;

    public AllowedMethods(Routes routes) {
        this.routes = routes;
    }

    /** The methods allowed at this path (with HEAD for GET, and OPTIONS), or empty when no route has it. */
    public Optional<String> at(String path) {
        Set<String> methods = routes.at(path).map(Route::method).collect(Collectors.toCollection(TreeSet::new));
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return Optional.of(String.join(", ", methods));
    }

    /**
     * OPTIONS names what the path really answers (by itself, JAX-RS names every method of the resource
     * class). CORS preflights never get here: the CORS handler answers them first.
     */
    @ServerRequestFilter(preMatching = true)
    public Optional<RestResponse<Void>> answerOptions(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return Optional.empty();
        }
        String allow = at(request.getUriInfo().getRequestUri().getRawPath()).orElseThrow(NotFoundException::new);
        return Optional.of(RestResponse.ResponseBuilder.<Void>noContent().header(HttpHeaders.ALLOW, allow).build());
    }
}
