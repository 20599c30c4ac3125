package news.byline.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses the control characters no text may hold ({@link TextRules}) in the path or a query parameter:
 * no identifier, slug or search contains one, and PostgreSQL refuses NUL, which would otherwise be a 500.
 */
public class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public void rejectControls(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        refuse("path", uri.getPath());
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            refuse(parameter.getKey(), parameter.getKey());
            parameter.getValue().forEach(value -> refuse(parameter.getKey(), value));
        }
    }

    private static void refuse(String name, String text) {
        int control = text == null ? -1 : TextRules.forbiddenControl(text);
        if (control >= 0) {
            throw ProblemException.invalidParameter(name, "must not contain the control character " + TextRules.codePoint(control));
        }
    }
}
