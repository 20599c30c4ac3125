package news.byline.web;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.ADMIN;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The document's example values work as they stand against the sample content, on a database of its own that holds
 * the sample content as a fresh start loads it (other tests change theirs: prune events, replace pictures).
 */
@QuarkusTest
@TestProfile(OpenApiReadExamplesTest.FreshSampleContent.class)
class OpenApiReadExamplesTest {

    public static class FreshSampleContent implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FreshDatabase.class));
        }
    }

    /**
     * Every read's example values answer its documented success against the sample content ("Try it out" works):
     * the path's examples alone, then with each query parameter's example in turn. Management reads of things the
     * sample content has none of (webhook endpoints and their deliveries) are left out, and so are streams.
     */
    @Test
    void everyReadExampleAnswersItsDocumentedSuccess() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().extract().asString());
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            JsonNode operation = path.getValue().path("get");
            if (operation.isMissingNode() || path.getKey().contains("/webhooks/") || streams(operation)) {
                continue;
            }
            String route = OpenApiExamplesTest.fillPathParameters(path.getKey(), operation);
            String success = operation.path("responses").properties().stream().map(Map.Entry::getKey)
                    .filter(status -> status.startsWith("2")).findFirst().orElse("200");
            List<String> queries = new ArrayList<>(List.of(""));
            for (JsonNode parameter : operation.path("parameters")) {
                if ("query".equals(parameter.path("in").asText()) && parameter.has("example")) {
                    queries.add(query(parameter.get("name").asText(), parameter.get("example")));
                }
            }
            for (String query : queries) {
                String url = route + (query.isEmpty() ? "" : "?" + query);
                int status = given().auth().oauth2(ADMIN).urlEncodingEnabled(false).get(url).then().extract().statusCode();
                tried++;
                if (!String.valueOf(status).equals(success)) {
                    failures.add("GET " + url + " answered " + status + ", documented " + success);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        System.out.println("OpenAPI read examples tried: " + tried);
    }

    /** A stream of server-sent events never ends, so it cannot be read to the end here: LiveStreamTest reads it. */
    private static boolean streams(JsonNode operation) {
        return operation.path("responses").path("200").path("content").has("text/event-stream");
    }

    private static String query(String name, JsonNode example) {
        List<String> values = new ArrayList<>();
        if (example.isArray()) {
            example.forEach(value -> values.add(value.asText()));
        } else {
            values.add(example.asText());
        }
        return String.join("&", values.stream().map(value -> name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)).toList());
    }

}
