package news.byline.web;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Operational defaults that leave nothing open by accident: headers, CORS, metrics, and what errors reveal. */
@QuarkusTest
class DefensiveDefaultsTest {

    private static void hasSecurityHeaders(ValidatableResponse response, String policy) {
        response.header("X-Content-Type-Options", is("nosniff")).header("X-Frame-Options", is("DENY"))
                .header("Content-Security-Policy", is(policy)).header("Referrer-Policy", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void everyAnswerCarriesSecurityHeadersAlsoFromTheCache() {
        for (int i = 0; i < 2; i++) { // the second answer comes from the response cache
            hasSecurityHeaders(given().get("/api/v1/topics").then().statusCode(200), "default-src 'none'; frame-ancestors 'none'");
        }
        hasSecurityHeaders(given().get("/api/v1/nothing-here").then().statusCode(404), "default-src 'none'; frame-ancestors 'none'");
        hasSecurityHeaders(given().get("/sitemap.xml").then().statusCode(200), "default-src 'none'; frame-ancestors 'none'");
        hasSecurityHeaders(given().get("/q/swagger-ui/").then().statusCode(200), "frame-ancestors 'none'");
        // The demo front end (when built into the application): its own scripts and API, pictures from anywhere.
        hasSecurityHeaders(given().get("/demo/index.html").then(),
                "default-src 'self'; img-src 'self' https: data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    }

    @Test
    void otherOriginsMayReadButNotSendAKey() {
        given().header("Origin", "https://front.example").get("/api/v1/topics").then().statusCode(200)
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.notNullValue());
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/topics/niger").then()
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsStringIgnoringCase("content-type"),
                        not(org.hamcrest.Matchers.containsStringIgnoringCase("authorization"))))
                .header("Access-Control-Allow-Methods", not(containsString("PUT")));
    }

    @Test
    void metricsAreForAdmins() {
        given().get("/q/metrics").then().statusCode(401);
        given().auth().oauth2(keyFor("editor")).get("/q/metrics").then().statusCode(403);
        given().auth().oauth2(keyFor("admin")).get("/q/metrics").then().statusCode(200);
    }

    @Test
    void aWriteWithoutAKeyIs401BeforeItsBodyIsRead() {
        given().contentType("text/plain").body("x").patch("/api/v1/topics/niger").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer")).contentType("application/problem+json");
        given().contentType("text/plain").body("x").post("/api/v1/import").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{").post("/api/v1/articles").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/articles/russian-troops-arrive-in-niger-as-military-agreement-begins/views")
                .then().statusCode(204);
    }

    @Test
    void aSlugClashDoesNotNameTheHolder() {
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON).body(Map.of("slug", "niger", "name", "Clash"))
                .post("/api/v1/topics").then().statusCode(409)
                .body("detail", is("Slug 'niger' is already used by another topic")).body("errors", nullValue());
    }
}
