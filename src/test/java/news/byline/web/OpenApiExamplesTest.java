package news.byline.web;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.ADMIN;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every request-body example in the OpenAPI document works as it stands against the sample content. */
@QuarkusTest
class OpenApiExamplesTest {

    @Test
    void everyWriteExampleSucceedsAsItStands() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().extract().asString());
        List<String> sent = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                JsonNode operation = entry.getValue();
                for (Map.Entry<String, JsonNode> content : operation.path("requestBody").path("content").properties()) {
                    for (JsonNode example : content.getValue().path("examples")) {
                        String route = fillPathParameters(path.getKey(), operation);
                        int status = given().auth().oauth2(ADMIN).contentType(content.getKey())
                                .body((example.get("value").isTextual() ? example.get("value").asText() : example.get("value").toString())
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                                .request(entry.getKey().toUpperCase(), route).then().extract().statusCode();
                        String what = entry.getKey().toUpperCase() + " " + route + " " + example.get("value");
                        assertTrue(status >= 200 && status < 300, what + " answered " + status);
                        sent.add(what);
                    }
                }
            }
        }
        assertFalse(sent.isEmpty());
        System.out.println("OpenAPI request examples sent: " + sent.size());
    }

    static String fillPathParameters(String path, JsonNode operation) {
        String route = path;
        for (JsonNode parameter : operation.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                route = route.replace("{" + parameter.get("name").asText() + "}", parameter.get("example").asText());
            }
        }
        return route;
    }
}
