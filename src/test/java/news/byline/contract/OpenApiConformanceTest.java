package news.byline.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conformance check itself: it must catch each kind of lie it exists for. */
class OpenApiConformanceTest {
    private static final OpenApiConformance CHECK = new OpenApiConformance();
    private static final URI TOPIC = URI.create("http://localhost/api/v1/topics/niger");
    private static final String GOOD = "{\"id\":\"10b13df2-bf39-36b9-845d-e7dd709f5ed0\",\"slug\":\"niger\",\"name\":\"Niger\",\"description\":null}";

    private static List<String> topic(int status, String type, String body) {
        return CHECK.violations("GET", TOPIC, status, type, body);
    }

    @Test
    void aTrueAnswerPasses() {
        assertEquals(List.of(), topic(200, "application/json", GOOD));
        assertEquals(List.of(), topic(304, "", ""));
    }

    @Test
    void catchesAnUndocumentedFieldANullAMissingFieldAStatusAndAContentType() {
        assertTrue(topic(200, "application/json", GOOD.replace("}", ",\"colour\":\"red\"}")).toString().contains("colour"));
        assertTrue(topic(200, "application/json", GOOD.replace("\"Niger\"", "null")).toString().contains("/name"));
        assertTrue(topic(200, "application/json", GOOD.replace(",\"description\":null", "")).toString().contains("description"));
        assertTrue(topic(418, "application/json", GOOD).toString().contains("418"));
        assertTrue(topic(200, "text/plain", "Niger").toString().contains("text/plain"));
        assertTrue(CHECK.violations("GET", URI.create("http://localhost/api/v1/nowhere"), 200, "application/json", "{}")
                .toString().contains("no operation"));
    }

    @Test
    void aSparseFieldSetMayLeaveFieldsOut() {
        URI sparse = URI.create("http://localhost/api/v1/articles?fields=headline");
        assertEquals(List.of(), CHECK.violations("GET", sparse, 200, "application/json",
                "{\"data\":[{\"headline\":\"A\"}],\"meta\":{\"total\":1,\"page\":1,\"pageSize\":20,\"totalPages\":1,\"nextCursor\":null},"
                        + "\"links\":{\"self\":\"http://localhost/api/v1/articles\",\"next\":null,\"prev\":null}}"));
    }
}
