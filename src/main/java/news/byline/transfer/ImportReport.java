package news.byline.transfer;

import java.util.List;
import news.byline.web.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportReport", description = "What an import did: counts, every rejected line with its reason, and whether it ran to the end.",
        example = "{\"lines\":3,\"created\":1,\"updated\":1,\"rejected\":[{\"line\":2,\"kind\":\"topic\",\"status\":400,"
                + "\"detail\":\"The request is not valid\",\"errors\":[{\"field\":\"name\",\"message\":\"must not be blank\"}]}],"
                + "\"completed\":true,\"millis\":42}")
public record ImportReport(
        @Schema(description = "Non-blank lines read.", example = "3") int lines,
        @Schema(description = "Entities created.", example = "1") int created,
        @Schema(description = "Entities updated (same id or slug).", example = "1") int updated,
        @Schema(description = "Lines not imported, with the reason.") List<Rejection> rejected,
        @Schema(description = "False when the import stopped early; nothing after stoppedAtLine was imported.", example = "true") boolean completed,
        @Schema(nullable = true, description = "The line being read when the import stopped.", example = "1200") Integer stoppedAtLine,
        @Schema(description = "Time taken.", example = "42") long millis) {

    @Schema(name = "ImportRejection", description = "One line that was not imported.",
            example = "{\"line\":2,\"kind\":\"topic\",\"status\":400,\"detail\":\"The request is not valid\"}")
    public record Rejection(
            @Schema(description = "Line number, from 1.", example = "2") int line,
            @Schema(nullable = true, description = "The line's kind, when it could be read.", example = "topic") String kind,
            @Schema(description = "The status a single write would have had.", example = "400") int status,
            @Schema(description = "Why.", example = "The request is not valid") String detail,
            @Schema(nullable = true, description = "Field errors, as in problem details.") List<Problem.FieldError> errors) {
    }
}
