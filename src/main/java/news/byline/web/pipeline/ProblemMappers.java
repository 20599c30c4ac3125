package news.byline.web.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerResponse;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import news.byline.domain.Refusal;
import news.byline.domain.TextRules;
import news.byline.web.json.ControlFreeStrings;
import news.byline.web.problem.Problem;
import news.byline.web.problem.ProblemException;
import news.byline.web.problem.ProblemType;
import news.byline.web.route.AllowedMethods;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become problem+json responses. */
public class ProblemMappers {
    /** What a 401 asks for: an API key as a bearer token. */
    public static final String BEARER_CHALLENGE = "Bearer realm=\"byline\"";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final AllowedMethods allowedMethods;

    public ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    /** What a service refused, by kind (not found, conflict, stale version…). */
    @ServerExceptionMapper
    public Response refused(Refusal e, UriInfo uri) {
        return respond(ProblemException.of(e).toProblem(path(uri)));
    }

    /** A 405 says which methods the path does take. */
    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        Response problem = http(e, uri);
        return allowedMethods.at(path(uri)).map(allow -> Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build())
                .orElse(problem);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatchedJson(mismatch, uri);
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return malformedJson(unreadable, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        Problem problem = ProblemType.forStatus(status).map(type -> type.problem(detailFor(status, e), path(uri), null))
                .orElseGet(() -> new Problem("about:blank", title, status, detailFor(status, e), path(uri), null));
        return respond(problem);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(unauthorized(path(uri)))).header("WWW-Authenticate", BEARER_CHALLENGE).build();
    }

    /** The 401 for a missing, unknown or revoked key. */
    static Problem unauthorized(String path) {
        return ProblemType.UNAUTHORIZED.problem("Send a valid API key as 'Authorization: Bearer <key>'",
                path, null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN.problem("This key's role may not do this", path(uri), null));
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, UriInfo uri) {
        return respond(ProblemException.preconditionFailed().toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()))
                .toList();
        return respond(ProblemType.VALIDATION.problem("The request is not valid", path(uri), errors));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(ProblemType.MALFORMED_JSON.problem("The request body is not valid JSON for this operation", path(uri), null));
    }

    /** Well-formed JSON of the wrong shape: name the field (Jackson's own mapper would not use problem+json). */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        if (e.getPath().isEmpty()) {
            return malformedJson(e, uri);
        }
        String field = fieldPath(e);
        if (e instanceof InvalidTypeIdException) {
            return respond(ProblemType.UNPROCESSABLE.problem("Unknown block or run type at " + field, path(uri),
                    List.of(new Problem.FieldError(field, "has an unknown type"))));
        }
        if (e instanceof ControlFreeStrings.ControlCharacterException control) {
            String character = TextRules.codePoint(control.character());
            return respond(ProblemType.VALIDATION.problem("The request body has the control character " + character + " at " + field, path(uri),
                    List.of(new Problem.FieldError(field, "must not contain the control character " + character))));
        }
        if (e instanceof UnrecognizedPropertyException) {
            return respond(ProblemType.UNKNOWN_FIELD.problem("The request body has a field this operation does not take: " + field, path(uri),
                    List.of(new Problem.FieldError(field, "is not a field of this resource"))));
        }
        return respond(ProblemType.VALIDATION.problem("The request body has a value of the wrong type at " + field, path(uri),
                List.of(new Problem.FieldError(field, "has the wrong type or format"))));
    }

    private static String fieldPath(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(java.util.stream.Collectors.joining(".")).replace(".[", "[");
    }

    /**
     * A body without a length cut off at its limit while it was read ({@link ChunkedUploadLimit}): the server
     * has answered 413 and is closing the connection; this is the client's doing, not an error of ours.
     */
    @ServerExceptionMapper
    public Response readFailed(IOException e, UriInfo uri, HttpServerResponse response) {
        if (response.ended()) {
            LOG.debugf("Request body on %s cut off: %s", path(uri), e.getMessage());
            return respond(ProblemType.TOO_LARGE.problem("The request body is too large", path(uri), null));
        }
        return internal(e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response internal(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error %s on %s", errorId, path(uri));
        return respond(ProblemType.INTERNAL.problem("An unexpected error occurred; quote error id " + errorId, path(uri), null));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String detailFor(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "This resource can only answer application/json";
            case 415 -> "This content type is not supported here";
            default -> e.getMessage() == null ? "The request could not be processed" : e.getMessage();
        };
    }

    /** The path inside the request (items[0].promo.url), without the method and parameter names. */
    private static String fieldOf(jakarta.validation.Path path) {
        long prefix = java.util.stream.StreamSupport.stream(path.spliterator(), false)
                .filter(n -> n.getKind() == ElementKind.METHOD || n.getKind() == ElementKind.PARAMETER).count();
        String[] nodes = path.toString().replace(".<list element>", "").split("\\.(?![^\\[]*\\])");
        return String.join(".", java.util.Arrays.asList(nodes).subList((int) Math.min(prefix, nodes.length - 1), nodes.length));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
