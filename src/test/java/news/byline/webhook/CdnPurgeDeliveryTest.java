package news.byline.webhook;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** With a CDN configured, content changes become purge calls, in order, with the webhooks' retries and log. */
@QuarkusTest
@TestProfile(CdnPurgeDeliveryTest.Fastly.class)
class CdnPurgeDeliveryTest {
    /** A fake Fastly API, up before the application starts; its first answer is a 503, to be retried. */
    private static final Receiver FASTLY = start();

    public static class Fastly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("byline.cdn.provider", "fastly", "byline.cdn.api-url", FASTLY.url().replace("/hook", ""),
                    "byline.cdn.service", "svc-1", "byline.cdn.token", "fastly-token");
        }
    }

    private static Receiver start() {
        try {
            return new Receiver(n -> n == 1 ? 503 : 200, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aChangePurgesItsKeysAndAFailedPurgeIsRetried() throws Exception {
        String id = given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON)
                .body(Map.of("slug", "purged-topic", "name", "Purged topic")).post("/api/v1/topics")
                .then().statusCode(201).extract().path("id");
        Receiver.Request purge = awaitPurgeOf(id).orElseThrow(() -> new AssertionError("no purge named " + id + " among "
                + FASTLY.received().size() + " purges"));
        assertEquals("/service/svc-1/purge", purge.path());
        assertEquals("fastly-token", purge.header("Fastly-Key"));
        assertTrue(List.of(purge.header("Surrogate-Key").split(" ")).contains("topics"), purge.header("Surrogate-Key"));

        Receiver.Request first = FASTLY.received().get(0);
        Receiver.Request second = FASTLY.received().get(1);
        assertEquals(first.header("Surrogate-Key"), second.header("Surrogate-Key"), "the refused purge was sent again");
        long failed = QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.count("succeeded = false and error = ?1"
                + " and webhookId in (select w.id from Webhook w where w.target = 'fastly')", "HTTP 503: busy"));
        assertTrue(failed > 0, "the refused purge is in the log, once for each event it covered");
        given().auth().oauth2(keyFor("admin")).get("/api/v1/webhooks").then().statusCode(200)
                .body("data.url", not(hasItem(FASTLY.url().replace("/hook", ""))));
    }

    private static Optional<Receiver.Request> awaitPurgeOf(String key) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<Receiver.Request> found = FASTLY.received().stream()
                    .filter(r -> r.header("Surrogate-Key") != null && List.of(r.header("Surrogate-Key").split(" ")).contains(key))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(50);
        }
        return Optional.empty();
    }
}
