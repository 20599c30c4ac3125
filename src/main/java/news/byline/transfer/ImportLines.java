package news.byline.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.byline.domain.Refusal;
import news.byline.web.problem.Problem;
import news.byline.web.problem.ProblemException;
import news.byline.web.problem.ProblemType;

/**
 * How an import reads a line (JSON, then the input its kind takes, validated like the API's own writes) and
 * how a refused line is reported: with the status and problem details a single write would have had.
 */
@ApplicationScoped
class ImportLines {
    private static final Pattern KIND = Pattern.compile("\"kind\"\\s*:\\s*\"([a-z]+)\"");

    private final ObjectMapper json;
    private final Validator validator;

    ImportLines(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    TransferLine read(String text) {
        return read(text, TransferLine.class);
    }

    <T> T valid(TransferLine line, Class<T> type) {
        T input;
        try {
            input = json.treeToValue(line.data(), type);
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.VALIDATION, "data is not a valid " + line.kind() + ": " + e.getOriginalMessage(), null);
        }
        check(input);
        return input;
    }

    <T> void check(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, "The line is not valid JSON: " + e.getOriginalMessage(), null);
        }
    }

    /** The reason a line was refused, in problem terms; anything unforeseen stops the import instead. */
    static ImportReport.Rejection rejection(int number, String text, RuntimeException thrown) {
        RuntimeException e = unwrap(thrown);
        String kind = kindOf(text);
        if (e instanceof Refusal refusal) {
            e = ProblemException.of(refusal);
        }
        if (e instanceof ProblemException problem) {
            Problem p = problem.toProblem(null);
            return new ImportReport.Rejection(number, kind, p.status(), p.detail(), p.errors());
        }
        if (e instanceof ConstraintViolationException invalid) {
            return new ImportReport.Rejection(number, kind, 400, "The line is not valid", invalid.getConstraintViolations()
                    .stream().map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage())).toList());
        }
        if (e instanceof PersistenceException) {
            return new ImportReport.Rejection(number, kind, 409, "Conflicts with existing content", null);
        }
        throw e;
    }

    private static RuntimeException unwrap(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof ProblemException) && !(cause instanceof Refusal)
                && !(cause instanceof ConstraintViolationException)) {
            cause = cause.getCause();
        }
        return cause instanceof RuntimeException runtime ? runtime : e;
    }

    /** The kind named by a line, even one too broken to parse, for the report. */
    static String kindOf(String text) {
        Matcher matcher = KIND.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
