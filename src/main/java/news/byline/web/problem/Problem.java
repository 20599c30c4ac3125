package news.byline.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import news.byline.domain.Invalid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details document, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details, sent as application/problem+json for every error.",
        requiredProperties = {"type", "title", "status", "detail"},
        example = Problem.EXAMPLE)
public record Problem(
        @Schema(description = "URI reference identifying the kind of problem.", example = "/problems/invalid-parameter")
        String type,
        @Schema(description = "Short summary of the kind of problem.", example = "Invalid parameter")
        String title,
        @Schema(description = "HTTP status code.", example = "400")
        int status,
        @Schema(description = "What went wrong with this request.", example = "pageSize must be between 1 and 100")
        String detail,
        @Schema(description = "The request path that failed.", example = "/api/v1/articles")
        String instance,
        @Schema(description = "Field-level errors, for validation problems.")
        List<FieldError> errors) {

    static final String EXAMPLE = """
            {"type":"/problems/invalid-parameter","title":"Invalid parameter","status":400,\
            "detail":"pageSize must be between 1 and 100","instance":"/api/v1/articles",\
            "errors":[{"field":"pageSize","message":"must be between 1 and 100"}]}""";

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError", description = "One invalid field or parameter.",
            example = "{\"field\":\"pageSize\",\"message\":\"must be between 1 and 100\"}")
    public record FieldError(
            @Schema(description = "Name of the parameter or JSON field.", example = "pageSize") String field,
            @Schema(description = "Why it was rejected.", example = "must be between 1 and 100") String message) {
    }
}
