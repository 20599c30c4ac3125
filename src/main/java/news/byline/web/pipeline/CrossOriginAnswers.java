package news.byline.web.pipeline;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quarkus's CORS handler answers an allowed origin by echoing it, on answers that CDNs and the response cache
 * share between origins: one origin's header would then be served to another. Open to every origin (the
 * default), answers say {@code *}, which any cache may share (keys are bearer tokens, never cookies, so no
 * answer needs credentials); limited to named origins, they vary by {@code Origin}.
 */
@ApplicationScoped
class CrossOriginAnswers {
    private final boolean anyOrigin;

    CrossOriginAnswers(@ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins) {
        this.anyOrigin = origins.map(list -> list.contains("*")).orElse(false);
    }

    void install(@Observes Router router) {
        router.route().order(FilterOrder.CROSS_ORIGIN).handler(this::share);
    }

    void share(RoutingContext context) {
        if (context.request().headers().contains(HttpHeaders.ORIGIN)) { // CORS answers only ever follow an Origin
            context.addHeadersEndHandler(ended -> shareable(context.response().headers()));
        }
        context.next();
    }

    private void shareable(MultiMap headers) {
        String allowed = headers.get(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        if (allowed == null || allowed.equals("*")) {
            return;
        }
        if (anyOrigin && !"true".equals(headers.get(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS))) {
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        } else {
            headers.add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        }
    }
}
