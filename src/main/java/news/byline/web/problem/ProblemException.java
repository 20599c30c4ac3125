package news.byline.web.problem;

import java.util.List;
import news.byline.domain.Conflict;
import news.byline.domain.Forbidden;
import news.byline.domain.Invalid;
import news.byline.domain.NotFound;
import news.byline.domain.Refusal;
import news.byline.domain.StaleVersion;
import news.byline.domain.TooLarge;
import news.byline.domain.UnsupportedImage;

/** A failure that maps directly to a problem response; thrown by services and parameter parsing. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public static ProblemException notFound(String what, String key) {
        return of(new NotFound(what, key));
    }

    /** The problem a service's refusal answers with. */
    public static ProblemException of(Refusal refusal) {
        String detail = refusal.getMessage();
        if (refusal instanceof NotFound) {
            return new ProblemException(404, "/problems/not-found", "Not found", detail, null);
        }
        if (refusal instanceof Conflict) {
            return conflict(detail);
        }
        if (refusal instanceof StaleVersion) {
            return new ProblemException(412, "/problems/precondition-failed", "Precondition failed", detail, null);
        }
        if (refusal instanceof Forbidden) {
            return new ProblemException(403, "/problems/forbidden", "Forbidden", detail, null);
        }
        if (refusal instanceof Invalid invalid) {
            return unprocessable(invalid.field(), invalid.reason());
        }
        if (refusal instanceof TooLarge) {
            return tooLarge(detail);
        }
        if (refusal instanceof UnsupportedImage) {
            return new ProblemException(415, "/problems/unsupported-image", "Unsupported image", detail, null);
        }
        throw new IllegalArgumentException("No problem for " + refusal.getClass()); // Refusal is sealed: unreachable
    }

    public static ProblemException invalidParameter(String parameter, String message) {
        return new ProblemException(400, "/problems/invalid-parameter", "Invalid parameter",
                parameter + ": " + message, List.of(new Problem.FieldError(parameter, message)));
    }

    public static ProblemException preconditionFailed() {
        return of(new StaleVersion());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "/problems/conflict", "Conflict", detail, null);
    }

    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(422, "/problems/unprocessable", "Unprocessable content",
                field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(413, "/problems/too-large", "Payload too large", detail, null);
    }

    public static ProblemException lengthRequired(String detail) {
        return new ProblemException(411, "/problems/length-required", "Length required", detail, null);
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors);
    }

    public int status() {
        return status;
    }
}
