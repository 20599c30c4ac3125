package news.byline.web;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static news.byline.SeedPageFixture.NIGER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Budgets per client: reads and beacons per address (as a trusted proxy forwards it), writes per key. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudgets.class)
class RateLimitTest {

    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("byline.rate-limits.reads-per-minute", "5", "byline.rate-limits.writes-per-minute", "3",
                    "byline.rate-limits.beacons-per-minute", "2");
        }
    }

    @Test
    void aReaderOverBudgetIsToldWhenToComeBackAndOthersAreNotHeldUp() {
        for (int read = 0; read < 5; read++) {
            given().header("X-Forwarded-For", "192.0.2.10").get("/api/v1/articles/" + NIGER).then().statusCode(200)
                    .header("RateLimit-Remaining", nullValue()); // cacheable answers carry no one's budget
        }
        given().header("X-Forwarded-For", "192.0.2.10").get("/api/v1/articles/" + NIGER).then().statusCode(429)
                .contentType("application/problem+json").body("status", is(429))
                .header("Retry-After", notNullValue()).header("RateLimit-Limit", is("5"))
                .header("RateLimit-Remaining", is("0")).header("RateLimit-Policy", is("5;w=60"));
        given().header("X-Forwarded-For", "192.0.2.11").get("/api/v1/articles/" + NIGER).then().statusCode(200);
    }

    @Test
    void beaconsHaveABudgetOfTheirOwn() {
        for (int view = 0; view < 2; view++) {
            given().header("X-Forwarded-For", "192.0.2.20").post("/api/v1/articles/" + NIGER + "/views").then().statusCode(204);
        }
        given().header("X-Forwarded-For", "192.0.2.20").post("/api/v1/articles/" + NIGER + "/views").then().statusCode(429);
        given().header("X-Forwarded-For", "192.0.2.20").get("/api/v1/navigation").then().statusCode(200);
    }

    @Test
    void writesSpendTheKeysBudgetAndSayWhatIsLeft() {
        String contributor = keyFor("contributor");
        for (int write = 0; write < 3; write++) {
            given().auth().oauth2(contributor).contentType(ContentType.JSON).body(Map.of("name", "Budget " + write))
                    .post("/api/v1/topics").then().statusCode(403)
                    .header("RateLimit-Limit", is("3")).header("RateLimit-Remaining", is(String.valueOf(2 - write)));
        }
        given().auth().oauth2(contributor).contentType(ContentType.JSON).body(Map.of("name", "Budget spent"))
                .post("/api/v1/topics").then().statusCode(429).header("Retry-After", notNullValue())
                .body("detail", containsString("3 such requests a minute"));
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON).body(Map.of("name", "Another key's budget"))
                .post("/api/v1/topics").then().statusCode(201);
        given().auth().oauth2(contributor).get("/api/v1/articles/" + NIGER).then().statusCode(200); // reads with a key: no budget
    }
}
