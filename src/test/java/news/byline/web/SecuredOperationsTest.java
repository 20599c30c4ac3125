package news.byline.web;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation the OpenAPI document marks as secured refuses a request without a key (401) and one
 * whose role is below the documented x-required-role (403). The list comes from the document, so a new
 * write cannot escape it.
 */
@QuarkusTest
class SecuredOperationsTest {
    private static final List<String> ROLES = List.of("contributor", "editor", "admin");

    @Test
    void everySecuredOperationRefusesMissingKeysAndWeakerRoles() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                JsonNode operation = entry.getValue();
                if (!operation.has("security")) {
                    continue;
                }
                String method = entry.getKey().toUpperCase();
                String route = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001");
                String required = operation.path("x-required-role").asText(null);
                assertTrue(required != null && ROLES.contains(required), method + " " + path.getKey() + " documents no x-required-role");
                String mediaType = operation.path("requestBody").path("content").fieldNames().hasNext()
                        ? operation.path("requestBody").path("content").fieldNames().next() : "application/json";
                send(given(), method, route, mediaType, 401);
                for (String weaker : ROLES.subList(0, ROLES.indexOf(required))) {
                    send(given().auth().oauth2(keyFor(weaker)), method, route, mediaType, 403);
                }
                checked.add(method + " " + path.getKey());
            }
        }
        assertFalse(checked.isEmpty());
        System.out.println("Secured operations checked for 401/403: " + checked);
    }

    private static void send(RequestSpecification request, String method, String route, String mediaType, int expected) {
        RequestSpecification withBody = mediaType.startsWith("multipart/")
                ? request.multiPart("alt", "Refused") : request.contentType(mediaType).body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        withBody.request(method, route).then().statusCode(expected)
                .contentType("application/problem+json");
    }
}
