package news.byline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import news.byline.web.paging.FieldSelection;
import news.byline.web.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Sparse field sets, without the server: parsing, what is wanted, and pruning an answer. */
class FieldSelectionTest {
    private static final List<String> VALID = List.of("id", "headline", "leadImage", "topics");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void absentMeansEverything() {
        assertNull(FieldSelection.parse(null, VALID));
    }

    @Test
    void namesTopLevelFieldsAndOneNestedLevel() throws Exception {
        FieldSelection selection = FieldSelection.parse(" headline, leadImage.url,,topics.slug", VALID);
        assertTrue(selection.wants("headline") && selection.wants("leadImage") && selection.wants("topics"));
        assertFalse(selection.wants("id"));
        JsonNode item = JSON.readTree("""
                {"id":"1","headline":"H","leadImage":{"url":"u","alt":"a"},"topics":[{"slug":"s","name":"n"}]}""");
        selection.prune(item, false);
        assertEquals(JSON.readTree("""
                {"headline":"H","leadImage":{"url":"u"},"topics":[{"slug":"s"}]}"""), item);
    }

    @Test
    void prunesEachItemOfAListEnvelopeAndLeavesTheRest() throws Exception {
        JsonNode envelope = JSON.readTree("""
                {"data":[{"id":"1","headline":"A"},{"id":"2","headline":"B"}],"meta":{"total":2}}""");
        FieldSelection.parse("id", VALID).prune(envelope, true);
        assertEquals(JSON.readTree("""
                {"data":[{"id":"1"},{"id":"2"}],"meta":{"total":2}}"""), envelope);
    }

    @Test
    void unknownOrNoFieldsAreProblemsNamingTheParameter() {
        ProblemException unknown = assertThrows(ProblemException.class, () -> FieldSelection.parse("headline,body", VALID));
        assertEquals(400, unknown.toProblem(null).status());
        assertTrue(unknown.toProblem(null).detail().contains("body"), unknown.toProblem(null).detail());
        assertThrows(ProblemException.class, () -> FieldSelection.parse(" , ", VALID));
    }
}
