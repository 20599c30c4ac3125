package news.byline.web.openapi;

import news.byline.web.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProblemType", description = "One kind of problem: what its type URI means and what a client can do about it.",
        example = "{\"type\":\"/problems/not-found\",\"title\":\"Not found\",\"status\":404,\"description\":\"Nothing has this id, "
                + "slug or path, or it exists but is not published and the key may not see it.\"}")
public record ProblemTypeView(
        @Schema(description = "The type URI answers carry (relative to the API's address).", example = "/problems/not-found") String type,
        @Schema(description = "The title answers of this type carry.", example = "Not found") String title,
        @Schema(description = "The HTTP status answers of this type carry.", example = "404") int status,
        @Schema(description = "What it means and what to do.") String description) {

    static ProblemTypeView of(ProblemType type) {
        return new ProblemTypeView(type.uri(), type.title(), type.status(), type.description());
    }
}
