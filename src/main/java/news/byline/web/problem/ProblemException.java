package news.byline.web.problem;

import java.util.List;
import news.byline.domain.Conflict;
import news.byline.domain.Forbidden;
import news.byline.domain.Gone;
import news.byline.domain.Invalid;
import news.byline.domain.NotFound;
import news.byline.domain.Refusal;
import news.byline.domain.StaleVersion;
import news.byline.domain.TooLarge;
import news.byline.domain.UnsupportedImage;

/** A failure that maps directly to a problem response; thrown by services and parameter parsing. */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = errors;
    }

    public static ProblemException notFound(String what, String key) {
        return of(new NotFound(what, key));
    }

    /** The problem a service's refusal answers with. */
    public static ProblemException of(Refusal refusal) {
        String detail = refusal.getMessage();
        if (refusal instanceof NotFound) {
            return new ProblemException(ProblemType.NOT_FOUND, detail, null);
        }
        if (refusal instanceof Gone) {
            return new ProblemException(ProblemType.GONE, detail, null);
        }
        if (refusal instanceof Conflict) {
            return conflict(detail);
        }
        if (refusal instanceof StaleVersion) {
            return new ProblemException(ProblemType.PRECONDITION_FAILED, detail, null);
        }
        if (refusal instanceof Forbidden) {
            return new ProblemException(ProblemType.FORBIDDEN, detail, null);
        }
        if (refusal instanceof Invalid invalid) {
            return unprocessable(invalid.field(), invalid.reason());
        }
        if (refusal instanceof TooLarge) {
            return tooLarge(detail);
        }
        if (refusal instanceof UnsupportedImage) {
            return new ProblemException(ProblemType.UNSUPPORTED_IMAGE, detail, null);
        }
        throw new IllegalArgumentException("No problem for " + refusal.getClass()); // Refusal is sealed: unreachable
    }

    public static ProblemException invalidParameter(String parameter, String message) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, parameter + ": " + message,
                List.of(new Problem.FieldError(parameter, message)));
    }

    public static ProblemException preconditionFailed() {
        return of(new StaleVersion());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail, null);
    }

    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(ProblemType.TOO_LARGE, detail, null);
    }

    public static ProblemException lengthRequired(String detail) {
        return new ProblemException(ProblemType.LENGTH_REQUIRED, detail, null);
    }

    public Problem toProblem(String instance) {
        return type.problem(getMessage(), instance, errors);
    }

    public int status() {
        return type.status();
    }
}
