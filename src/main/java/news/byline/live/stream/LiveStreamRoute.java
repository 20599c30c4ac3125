package news.byline.live.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.web.Route;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import news.byline.config.BylineConfig;
import news.byline.domain.Refusal;
import news.byline.live.LiveApi;
import news.byline.live.LiveService;
import news.byline.web.pipeline.FilterOrder;
import news.byline.web.problem.Problem;
import news.byline.web.problem.ProblemException;
import news.byline.web.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * A live page's stream of server-sent events. Answered on the event loop, after rate limits, by Vert.x rather than
 * JAX-RS: the connection stays open and is written to by {@link LiveStreams}, which needs its write queue (a slow
 * reader is let go) and its event loop (frames for many readers go to each loop in one task).
 */
@ApplicationScoped
public class LiveStreamRoute {
    static final String MEDIA_TYPE = "text/event-stream";
    private static final Logger LOG = Logger.getLogger(LiveStreamRoute.class);
    private static final String EXAMPLE = """
            retry: 3000

            id: 1042
            event: live-post.published
            data: {"id":"6f1c1c1e-2b0a-4c7e-9a55-0d6f3f1e2a10","pageId":"9d2f7a52-8a7c-4c1e-b8a4-5b7f0c2d9e31","title":"Russian instructors land in Niamey"}

            :

            id: 1043
            event: live-post.deleted
            data: {"id":"6f1c1c1e-2b0a-4c7e-9a55-0d6f3f1e2a10"}

            """;

    private final LiveStreams streams;
    private final LiveService live;
    private final ObjectMapper json;
    private final BylineConfig.Live settings;

    public LiveStreamRoute(LiveStreams streams, LiveService live, ObjectMapper json, BylineConfig config) {
        this.streams = streams;
        this.live = live;
        this.json = json;
        this.settings = config.live();
    }

    @Route(path = "/api/v1/articles/:idOrSlug/live/stream", methods = Route.HttpMethod.GET, order = FilterOrder.CACHE_HITS + 1)
    @Tag(name = "Live")
    @Operation(operationId = "streamLivePage", summary = "Follow a live page",
            description = "Server-sent events (text/event-stream) for a published live page: live-post.published, live-post.updated, "
                    + "live-post.deleted (data: the post, or its id), live-page.updated (key points, pinned post, coverage), "
                    + "live-page.ended, and article.unpublished, .archived or .deleted (the page went: the stream ends). Each event's "
                    + "id is its position; reconnecting with Last-Event-ID (an EventSource does so by itself) sends every event "
                    + "missed, in order, none twice. A reader too far behind gets a reset event: read the page again. Comment "
                    + "lines every 15 s keep proxies from closing an idle stream; retry tells how long to wait before reconnecting. "
                    + "A reader that cannot keep up is disconnected and resumes. Never cached; needs no key.")
    @Parameter(name = "idOrSlug", in = ParameterIn.PATH, required = true, description = "Live page (article) id or slug.",
            example = LiveApi.PAGE_EXAMPLE, schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "Last-Event-ID", in = ParameterIn.HEADER, description = "The id of the last event received: resume after it.",
            example = "1042", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,18}$"))
    @Parameter(name = "lastEventId", in = ParameterIn.QUERY, description = "As Last-Event-ID, for a first connection (an "
            + "EventSource cannot set headers): the page's links.stream carries the position its posts were read at.",
            example = "1042", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,18}$"))
    @APIResponse(responseCode = "200", description = "The stream, open until the client leaves, the page goes or the server stops",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, example = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Last-Event-ID is not a position, or an unknown query parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No published live page has this id or slug",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "This instance holds as many streams as it may; Retry-After says when to retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    void stream(RoutingContext routing) {
        Long lastEventId;
        try {
            lastEventId = lastEventId(routing);
        } catch (ProblemException e) {
            answer(routing, e.toProblem(routing.request().path()));
            return;
        }
        if (!streams.reserve()) {
            routing.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(settings.retry().toSeconds() * 10));
            answer(routing, ProblemType.UNAVAILABLE.problem("This instance holds " + settings.maxStreams()
                    + " streams; retry later", routing.request().path(), null));
            return;
        }
        String idOrSlug = routing.pathParam("idOrSlug");
        Context context = Vertx.currentContext();
        context.<UUID>executeBlocking(() -> live.streamablePage(idOrSlug), false).onComplete(found -> {
            if (found.failed()) {
                streams.release();
                answer(routing, problem(found.cause(), routing.request().path()));
            } else {
                open(routing, found.result(), lastEventId, context);
            }
        });
    }

    private void open(RoutingContext routing, UUID page, Long lastEventId, Context context) {
        HttpServerResponse response = routing.response();
        StreamReader reader = new StreamReader(page, context, response, lastEventId == null ? 0 : lastEventId);
        response.closeHandler(v -> {
            reader.gone();
            streams.remove(reader);
            streams.release();
        });
        if (response.closed()) { // left while the page was looked up: the close handler came too late to hear it
            streams.release();
            return;
        }
        response.setChunked(true).putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE + "; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store, no-transform").putHeader("X-Accel-Buffering", "no")
                .write("retry: " + settings.retry().toMillis() + "\n\n");
        streams.add(reader, lastEventId);
    }

    /** Last-Event-ID (what an EventSource sends when it reconnects), else ?lastEventId=, else none. */
    private static Long lastEventId(RoutingContext routing) {
        for (String name : routing.queryParams().names()) {
            if (!name.equals("lastEventId")) {
                throw ProblemException.invalidParameter(name, "not a parameter of this operation");
            }
        }
        String header = routing.request().getHeader("Last-Event-ID");
        String raw = header != null && !header.isBlank() ? header.strip() : routing.queryParams().get("lastEventId");
        if (raw == null) {
            return null;
        }
        if (!raw.matches("[0-9]{1,18}")) {
            throw ProblemException.invalidParameter(header != null ? "Last-Event-ID" : "lastEventId", "must be an event id from this stream");
        }
        return Long.parseLong(raw);
    }

    private static Problem problem(Throwable cause, String path) {
        if (cause instanceof Refusal refusal) {
            return ProblemException.of(refusal).toProblem(path);
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(cause, "Error %s opening a stream at %s", id, path);
        return ProblemType.INTERNAL.problem("Error id " + id, path, null);
    }

    private void answer(RoutingContext routing, Problem problem) {
        try {
            routing.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            routing.fail(e);
        }
    }
}
