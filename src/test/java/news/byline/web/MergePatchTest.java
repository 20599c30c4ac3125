package news.byline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import news.byline.topic.TopicInput;
import news.byline.web.json.MergePatch;
import news.byline.web.problem.ProblemException;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** RFC 7386 merge patches on an input record, without the server. */
class MergePatchTest {
    private static final TopicInput CURRENT = new TopicInput("russia", "Russia", "News and analysis about Russia");

    private final MergePatch mergePatch = new MergePatch(new ObjectMapper(), Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator());

    @Test
    void changesOnlyTheFieldsItNamesAndNullRemovesOne() throws Exception {
        assertEquals(new TopicInput("russia", "Russia", "Moscow and beyond"),
                mergePatch.apply(CURRENT, "{\"description\":\"Moscow and beyond\"}", TopicInput.class));
        assertNull(mergePatch.apply(CURRENT, "{\"description\":null}", TopicInput.class).description());
        assertEquals(CURRENT, mergePatch.apply(CURRENT, "{}", TopicInput.class));
    }

    @Test
    void theResultIsValidatedLikeAWrite() {
        assertThrows(ConstraintViolationException.class, () -> mergePatch.apply(CURRENT, "{\"name\":\" \"}", TopicInput.class));
        assertThrows(ConstraintViolationException.class, () -> mergePatch.apply(CURRENT, "{\"slug\":\"Not A Slug\"}", TopicInput.class));
    }

    @Test
    void malformedJsonIsA400() {
        for (String patch : new String[] {"{\"name\":", "", null}) {
            ProblemException malformed = assertThrows(ProblemException.class, () -> mergePatch.apply(CURRENT, patch, TopicInput.class));
            assertEquals("Malformed JSON", malformed.toProblem(null).title());
        }
    }
}
