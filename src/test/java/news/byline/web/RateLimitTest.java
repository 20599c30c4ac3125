package news.byline.web;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static news.byline.SeedPageFixture.NIGER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Budgets per client: reads and beacons per address (as a trusted proxy forwards it), delivery reads per delivery
 * key, writes per authenticated key, failed authentications per address. Each test uses addresses of its own.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudgets.class)
class RateLimitTest {
    private static final String ARTICLE = "/api/v1/articles/" + NIGER;

    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("byline.rate-limits.reads-per-minute", "5", "byline.rate-limits.writes-per-minute", "3",
                    "byline.rate-limits.beacons-per-minute", "2", "byline.rate-limits.delivery-reads-per-minute", "7",
                    "byline.rate-limits.failed-authentications-per-minute", "3",
                    "byline.rate-limits.failed-authentication-delay", "300ms");
        }
    }

    @Test
    void aReaderOverBudgetIsToldWhenToComeBackAndOthersAreNotHeldUp() {
        for (int read = 0; read < 5; read++) {
            given().header("X-Forwarded-For", "192.0.2.10").get(ARTICLE).then().statusCode(200)
                    .header("RateLimit-Remaining", nullValue()); // cacheable answers carry no one's budget
        }
        given().header("X-Forwarded-For", "192.0.2.10").get(ARTICLE).then().statusCode(429)
                .contentType("application/problem+json").body("status", is(429))
                .header("Retry-After", notNullValue()).header("RateLimit-Limit", is("5"))
                .header("RateLimit-Remaining", is("0")).header("RateLimit-Policy", is("5;w=60"));
        given().header("X-Forwarded-For", "192.0.2.11").get(ARTICLE).then().statusCode(200);
    }

    @Test
    void aCredentialThatIsNotAKeyReadsOnTheAddressBudget() {
        for (int read = 0; read < 5; read++) {
            given().header("X-Forwarded-For", "192.0.2.30").header("Authorization", read % 2 == 0 ? "Basic eDp4" : "Bearer ")
                    .get(ARTICLE).then().statusCode(200);
        }
        given().header("X-Forwarded-For", "192.0.2.30").header("Authorization", "Basic eDp4").get(ARTICLE).then().statusCode(429);
        given().header("X-Forwarded-For", "192.0.2.30").get(ARTICLE).then().statusCode(429);
    }

    @Test
    void unknownKeysAreRefusedLateThenNotLookedUpAtAll() {
        String editor = keyFor("editor");
        given().header("X-Forwarded-For", "192.0.2.40").auth().oauth2(editor).get(ARTICLE).then().statusCode(200);
        for (int attempt = 0; attempt < 3; attempt++) {
            given().header("X-Forwarded-For", "192.0.2.40").auth().oauth2("byl_guess-" + attempt).get(ARTICLE).then()
                    .statusCode(401).contentType("application/problem+json").body("type", is("/problems/unauthorized"))
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .time(greaterThanOrEqualTo(250L), TimeUnit.MILLISECONDS);
        }
        given().header("X-Forwarded-For", "192.0.2.40").auth().oauth2("byl_guess-4").get(ARTICLE).then().statusCode(429)
                .header("Retry-After", notNullValue()).body("detail", containsString("unknown or revoked key"));
        given().header("X-Forwarded-For", "192.0.2.40").get(ARTICLE).then().statusCode(200); // reading without a key still works
        given().header("X-Forwarded-For", "192.0.2.40").auth().oauth2(editor).get(ARTICLE).then().statusCode(200); // a key it knows too
        given().header("X-Forwarded-For", "192.0.2.41").auth().oauth2("byl_guess-5").get(ARTICLE).then().statusCode(401);
    }

    @Test
    void deliveryKeysReadOnABudgetOfTheirOwn() {
        String delivery = keyFor("delivery");
        for (int read = 0; read < 7; read++) {
            given().header("X-Forwarded-For", "192.0.2.50").auth().oauth2(delivery).get(ARTICLE).then().statusCode(200)
                    .header("RateLimit-Remaining", nullValue());
        }
        given().header("X-Forwarded-For", "192.0.2.51").auth().oauth2(delivery).get(ARTICLE).then().statusCode(429)
                .body("detail", containsString("7 reads a minute"));
        for (int read = 0; read < 5; read++) { // the key's reads spent nothing of its address's budget
            given().header("X-Forwarded-For", "192.0.2.50").get(ARTICLE).then().statusCode(200);
        }
    }

    @Test
    void beaconsHaveABudgetOfTheirOwn() {
        for (int view = 0; view < 2; view++) {
            given().header("X-Forwarded-For", "192.0.2.20").post(ARTICLE + "/views").then().statusCode(204);
        }
        given().header("X-Forwarded-For", "192.0.2.20").post(ARTICLE + "/views").then().statusCode(429);
        given().header("X-Forwarded-For", "192.0.2.20").get("/api/v1/navigation").then().statusCode(200);
    }

    @Test
    void writesSpendTheKeysBudgetHoweverTheHeaderIsSpelled() {
        String contributor = keyFor("contributor");
        String[] spellings = {"Bearer " + contributor, "Bearer  " + contributor, "bearer " + contributor + " "};
        for (int write = 0; write < 3; write++) {
            given().header("Authorization", spellings[write]).contentType(ContentType.JSON).body(Map.of("name", "Budget " + write))
                    .post("/api/v1/topics").then().statusCode(403)
                    .header("RateLimit-Limit", is("3")).header("RateLimit-Remaining", is(String.valueOf(2 - write)));
        }
        given().header("Authorization", "BEARER   " + contributor).contentType(ContentType.JSON).body(Map.of("name", "Budget spent"))
                .post("/api/v1/topics").then().statusCode(429).header("Retry-After", notNullValue())
                .body("detail", containsString("3 such requests a minute"));
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON).body(Map.of("name", "Another key's budget"))
                .post("/api/v1/topics").then().statusCode(201);
        for (int read = 0; read < 8; read++) { // an editorial key's reads have no budget
            given().header("X-Forwarded-For", "192.0.2.60").auth().oauth2(contributor).get(ARTICLE).then().statusCode(200);
        }
    }

    @Test
    void junkKeysReachTheirLimitOnWritesToo() {
        for (int attempt = 0; attempt < 3; attempt++) {
            given().header("X-Forwarded-For", "192.0.2.70").auth().oauth2("byl_junk-" + attempt).contentType(ContentType.JSON)
                    .body(Map.of("name", "Never")).post("/api/v1/topics").then().statusCode(401);
        }
        given().header("X-Forwarded-For", "192.0.2.70").auth().oauth2("byl_junk-3").contentType(ContentType.JSON)
                .body(Map.of("name", "Never")).post("/api/v1/topics").then().statusCode(429);
    }
}
