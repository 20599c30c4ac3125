package news.byline.web.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import news.byline.web.problem.Problem;
import news.byline.web.problem.ProblemType;

/** Answers requests that no route matched with a problem document instead of the server's HTML page. */
@ApplicationScoped
class NotFoundFallback {

    void install(@Observes Router router, ObjectMapper json) {
        router.route().last().handler(ctx -> {
            Problem problem = ProblemType.NOT_FOUND.problem("No resource at this path", ctx.request().path(), null);
            ctx.response().setStatusCode(404).putHeader("Content-Type", Problem.MEDIA_TYPE).end(write(json, problem));
        });
    }

    private static String write(ObjectMapper json, Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
