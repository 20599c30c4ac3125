package news.byline.web;

import java.util.List;

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
        return new ProblemException(404, "/problems/not-found", "Not found",
                "No " + what + " found for '" + key + "'", null);
    }

    public static ProblemException invalidParameter(String parameter, String message) {
        return new ProblemException(400, "/problems/invalid-parameter", "Invalid parameter",
                parameter + ": " + message, List.of(new Problem.FieldError(parameter, message)));
    }

    public static ProblemException preconditionFailed() {
        return new ProblemException(412, "/problems/precondition-failed", "Precondition failed",
                "The resource has changed since you read it; fetch it again and reapply your change", null);
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
