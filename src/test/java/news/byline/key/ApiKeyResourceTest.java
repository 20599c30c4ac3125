package news.byline.key;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.ADMIN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyResourceTest {

    @Test
    void createsAKeyWhoseSecretIsShownOnceAndStoredOnlyAsAHash() {
        Response created = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Newsroom CMS", "role", "editor")).post("/api/v1/keys");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/keys/"))
                .header("Cache-Control", is("no-store"))
                .body("role", is("editor"))
                .body("key", startsWith("byl_"));
        String secret = created.path("key");
        String id = created.path("id");
        assertTrue(secret.length() >= 4 + 43, "256 random bits");
        String listing = given().auth().oauth2(ADMIN).get("/api/v1/keys?pageSize=100").then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("data.id", hasItem(id))
                .body("data.key", everyItem(nullValue()))
                .extract().asString();
        assertTrue(!listing.contains(secret), "the secret never appears again");
        assertEquals(KeySecrets.hash(secret), ApiKeyLookup.hashOf(id));
    }

    @Test
    void aRevokedKeyStopsWorking() {
        Response created = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Short-lived", "role", "editor")).post("/api/v1/keys");
        String secret = created.path("key");
        given().auth().oauth2(secret).contentType(ContentType.JSON).body(Map.of("name", "Key check topic"))
                .post("/api/v1/topics").then().statusCode(201);
        given().auth().oauth2(ADMIN).delete("/api/v1/keys/" + created.path("id")).then().statusCode(204);
        given().auth().oauth2(secret).contentType(ContentType.JSON).body(Map.of("name", "Key check topic two"))
                .post("/api/v1/topics").then().statusCode(401);
        given().auth().oauth2(ADMIN).get("/api/v1/keys?pageSize=100").then()
                .body("data.find { it.id == '" + created.path("id") + "' }.revokedAt", notNullValue())
                .body("data.find { it.id == '" + created.path("id") + "' }.lastUsedAt", notNullValue());
    }

    @Test
    void missingOrUnknownKeysAre401WithAChallenge() {
        given().get("/api/v1/keys").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2("byl_not-a-real-key").get("/api/v1/keys").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void onlyAdminsManageKeys() {
        given().auth().oauth2(news.byline.ApiKeysFixture.keyFor("editor")).get("/api/v1/keys").then().statusCode(403)
                .contentType("application/problem+json").body("status", is(403));
    }

    @Test
    void rejectsBadKeyRequests() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("name", "x", "role", "owner"))
                .post("/api/v1/keys").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("role"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("name", "x", "role", "editor", "secret", "mine"))
                .post("/api/v1/keys").then().statusCode(400).body("errors[0].field", is("secret"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"name\": ")
                .post("/api/v1/keys").then().statusCode(400).body("title", is("Malformed JSON"))
                .body(not(containsString("Exception")));
        given().auth().oauth2(ADMIN).delete("/api/v1/keys/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }
}
