package news.byline.web.pipeline;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import news.byline.domain.TextRules;
import news.byline.web.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses the control characters no text may hold ({@link TextRules}) in the path or a query parameter:
 * no identifier, slug or search contains one, and PostgreSQL refuses NUL, which would otherwise be a 500.
 */
public class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true, priority = FilterOrder.CONTROL_CHARACTERS)
    public void rejectControls(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        refuse("path", uri.getPath());
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            refuse(parameter.getKey(), parameter.getKey());
            parameter.getValue().forEach(value -> refuse(parameter.getKey(), value));
        }
    }

    /**
     * The path parameters as the resource will see them: a percent sign encoded in the path ({@code %2500},
     * {@code %25}) is decoded once more on the way to a parameter: into a control character, or into nothing
     * valid at all (both a 400, not a 500).
     */
    @ServerRequestFilter(priority = FilterOrder.CONTROL_CHARACTERS_IN_PARAMETERS)
    public void rejectControlsInPathParameters(ContainerRequestContext request) {
        MultivaluedMap<String, String> parameters;
        try {
            parameters = request.getUriInfo().getPathParameters(true);
        } catch (IllegalArgumentException malformed) {
            throw ProblemException.invalidParameter("path", "has a malformed percent-encoding");
        }
        parameters.forEach((name, values) -> values.forEach(value -> refuse(name, value)));
    }

    private static void refuse(String name, String text) {
        int control = text == null ? -1 : TextRules.forbiddenControl(text);
        if (control >= 0) {
            throw ProblemException.invalidParameter(name, "must not contain the control character " + TextRules.codePoint(control));
        }
    }
}
