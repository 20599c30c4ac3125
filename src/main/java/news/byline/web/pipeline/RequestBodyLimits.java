package news.byline.web.pipeline;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import news.byline.config.BylineConfig;
import news.byline.web.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses oversized bodies before they are read, with a 413 problem: JSON at most 2 MB, image uploads at
 * the configured image limit; JSON must say its length. The server-wide cap (quarkus.http.limits.max-body-size) is set for bulk imports.
 */
public class RequestBodyLimits {
    static final long JSON_LIMIT = 2L * 1024 * 1024;
    private static final long MULTIPART_OVERHEAD = 64L * 1024;

    private final BylineConfig config;

    public RequestBodyLimits(BylineConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true, priority = FilterOrder.BODY_LIMITS)
    public void refuseOversizedBodies(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null) {
            return;
        }
        boolean json = type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
        boolean multipart = type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
        if (request.getLength() < 0) {
            // A chunked JSON body could only be measured by reading all of it, and every client knows the length
            // of a JSON document. Bulk imports (NDJSON) and uploads (many clients stream multipart) may stream.
            if (json && request.getHeaders().containsKey("Transfer-Encoding")) {
                throw ProblemException.lengthRequired("JSON bodies need a Content-Length header");
            }
            return;
        }
        if (json && request.getLength() > JSON_LIMIT) {
            throw ProblemException.tooLarge("JSON bodies may be at most " + JSON_LIMIT + " bytes");
        }
        if (multipart && request.getLength() > config.images().maxBytes() + MULTIPART_OVERHEAD) {
            throw ProblemException.tooLarge("Images may be at most " + config.images().maxBytes() + " bytes");
        }
    }
}
