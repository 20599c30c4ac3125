package news.byline.web.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.util.Set;
import news.byline.domain.Changes;
import news.byline.web.problem.ProblemException;
import news.byline.web.problem.ProblemType;

/**
 * Applies an RFC 7386 JSON Merge Patch (via JSON-P) to the input form of a resource, then reads the result
 * back as that input type and validates it like any other write.
 */
@ApplicationScoped
public class MergePatch {
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper json;
    private final Validator validator;

    public MergePatch(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The patch as the changes a service applies to an entity's current input. */
    public <T> Changes<T> changes(String patch, Class<T> inputType) {
        return current -> apply(current, patch, inputType);
    }

    public <T> T apply(T current, String patch, Class<T> inputType) throws JsonProcessingException {
        JsonValue merged;
        try {
            JsonValue target = Json.createReader(new StringReader(json.writeValueAsString(current))).readValue();
            JsonValue changes = Json.createReader(new StringReader(patch == null ? "" : patch)).readValue();
            if (changes.getValueType() != JsonValue.ValueType.OBJECT) {
                // RFC 7386 lets any other value replace the whole resource: never a valid input here.
                throw new ProblemException(ProblemType.VALIDATION, "A merge patch is a JSON object naming the fields to change", null);
            }
            merged = Json.createMergePatch(changes).apply(target);
        } catch (JsonException e) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, "The merge patch is not valid JSON", null);
        }
        T result = json.readValue(merged.toString(), inputType);
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }
}
