package news.byline;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Keys for tests: the configured admin key of the test profile, and one created key per role. */
public final class ApiKeysFixture {
    public static final String ADMIN = "test-admin-key-for-the-test-suite-only";
    private static final Map<String, String> BY_ROLE = new ConcurrentHashMap<>();

    private ApiKeysFixture() {
    }

    public static String keyFor(String role) {
        return BY_ROLE.computeIfAbsent(role, r -> given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "test " + r, "role", r))
                .post("/api/v1/keys").then().statusCode(201).extract().path("key"));
    }
}
