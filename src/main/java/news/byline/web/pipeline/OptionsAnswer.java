package news.byline.web.pipeline;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import news.byline.web.route.AllowedMethods;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * OPTIONS names what the path really answers (by itself, JAX-RS names every method of the resource class).
 * CORS preflights never get here: the CORS handler answers them first.
 */
public class OptionsAnswer {
    private final AllowedMethods allowedMethods;

    public OptionsAnswer(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerRequestFilter(preMatching = true, priority = FilterOrder.OPTIONS)
    public Optional<RestResponse<Void>> answerOptions(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return Optional.empty();
        }
        String allow = allowedMethods.at(request.getUriInfo().getRequestUri().getRawPath()).orElseThrow(NotFoundException::new);
        return Optional.of(RestResponse.ResponseBuilder.<Void>noContent().header(HttpHeaders.ALLOW, allow).build());
    }
}
