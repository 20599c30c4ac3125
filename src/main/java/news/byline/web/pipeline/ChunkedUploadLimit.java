package news.byline.web.pipeline;

import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import news.byline.config.BylineConfig;
import news.byline.web.route.BodyLimit;
import news.byline.web.route.Route;
import news.byline.web.route.Routes;

/**
 * An image upload sent without a length (chunked, as many HTTP clients send multipart) is cut off while it
 * arrives once it passes twice the image limit, instead of being spooled to disk up to the server-wide cap
 * (set high for bulk imports). The cut-off answer is a bare 413 (the body is not read to its end, so no
 * problem can follow it); an upload a little over the limit is still read and refused with a 413 problem
 * naming the limit. Uploads that say their length are refused before they are read by {@link RequestBodyLimits}.
 */
@ApplicationScoped
class ChunkedUploadLimit {
    private static final long CUT_OFF_MARGIN = 1L << 20;

    private final long limit;
    private final Routes routes;

    public ChunkedUploadLimit(BylineConfig config, Routes routes) {
        this.limit = 2 * config.images().maxBytes() + CUT_OFF_MARGIN;
        this.routes = routes;
    }

    /** On every route that declares an image upload body. */
    void install(@Observes Router router) {
        for (Route upload : routes.taking(BodyLimit.Kind.IMAGE_UPLOAD)) {
            // After Quarkus's own limit handler, which sets the server-wide cap for bodies without a length.
            router.routeWithRegex(HttpMethod.valueOf(upload.method()), upload.pattern().pattern())
                    .order(FilterOrder.CHUNKED_UPLOAD_LIMIT).handler(this::limit).failureHandler(this::alreadyAnswered);
        }
    }

    private void limit(RoutingContext context) {
        if (!context.request().headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, limit);
        }
        context.next();
    }

    /** The cut-off answered 413 and closes the connection: what fails after it (writing a second answer) is expected. */
    private void alreadyAnswered(RoutingContext context) {
        if (!context.response().ended()) {
            context.next();
        }
    }
}
