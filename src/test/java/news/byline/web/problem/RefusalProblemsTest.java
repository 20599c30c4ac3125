package news.byline.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import news.byline.domain.Conflict;
import news.byline.domain.Forbidden;
import news.byline.domain.Invalid;
import news.byline.domain.NotFound;
import news.byline.domain.StaleVersion;
import news.byline.domain.TooLarge;
import news.byline.domain.UnsupportedImage;
import org.junit.jupiter.api.Test;

/** Each refusal a service throws answers with its own status and problem type, and keeps its detail. */
class RefusalProblemsTest {

    @Test
    void eachRefusalHasItsProblem() {
        assertProblem(ProblemException.of(new NotFound("topic", "russia")), 404, "/problems/not-found", "No topic found for 'russia'");
        assertProblem(ProblemException.of(new Conflict("Slug 'x' is taken")), 409, "/problems/conflict", "Slug 'x' is taken");
        assertProblem(ProblemException.of(new StaleVersion()), 412, "/problems/precondition-failed",
                "The resource has changed since you read it; fetch it again and reapply your change");
        assertProblem(ProblemException.of(new Forbidden("Only editors")), 403, "/problems/forbidden", "Only editors");
        assertProblem(ProblemException.of(new TooLarge("Too big")), 413, "/problems/too-large", "Too big");
        assertProblem(ProblemException.of(new UnsupportedImage("Not an image")), 415, "/problems/unsupported-image", "Not an image");
        Problem invalid = ProblemException.of(new Invalid("slug", "cannot be made from this name")).toProblem("/x");
        assertEquals(422, invalid.status());
        assertEquals(List.of(new Problem.FieldError("slug", "cannot be made from this name")), invalid.errors());
    }

    private static void assertProblem(ProblemException exception, int status, String type, String detail) {
        Problem problem = exception.toProblem("/api/v1/x");
        assertEquals(status, problem.status());
        assertEquals(type, problem.type());
        assertEquals(detail, problem.detail());
    }
}
