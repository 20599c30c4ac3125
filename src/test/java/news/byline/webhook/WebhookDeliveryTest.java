package news.byline.webhook;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Webhooks end to end, against receivers on this machine: signed, ordered, retried, logged, replayed, once. */
@QuarkusTest
class WebhookDeliveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WebhookDispatcher dispatcher;

    /** Endpoints of a test go with its receiver: later tests' events are not sent to closed ports. */
    @AfterEach
    void deleteEndpoints() {
        admin().queryParam("pageSize", 100).get("/api/v1/webhooks").then().extract().jsonPath().getList("data.id", String.class)
                .forEach(id -> admin().delete("/api/v1/webhooks/" + id).then().statusCode(204));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(keyFor("admin"));
    }

    private static RequestSpecification editor() {
        return given().auth().oauth2(keyFor("editor"));
    }

    private static JsonPath register(String url, List<String> events) {
        return admin().contentType(ContentType.JSON).body(Map.of("url", url, "events", events)).post("/api/v1/webhooks")
                .then().statusCode(201).body("secret", notNullValue()).extract().jsonPath();
    }

    private static void createTopic(String slug) {
        editor().contentType(ContentType.JSON).body(Map.of("slug", slug, "name", "Topic " + slug)).post("/api/v1/topics")
                .then().statusCode(201);
    }

    /** The README's recipe: HMAC-SHA256 of timestamp + "." + body under the secret, hex, after "v1=". */
    private static boolean verifies(Receiver.Request request, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v1=" + HexFormat.of().formatHex(
                mac.doFinal((request.header("Byline-Timestamp") + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                request.header("Byline-Signature").getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode event(Receiver.Request request) throws Exception {
        return JSON.readTree(request.body()).get("event");
    }

    @Test
    void storiesArriveSignedInOrderAndDraftsNever() throws Exception {
        try (Receiver receiver = Receiver.answering(204)) {
            JsonPath registered = register(receiver.url(), List.of("article.*"));
            String secret = registered.getString("secret");
            Map<String, Object> story = Map.of("slug", "hooked-story", "type", "story", "headline", "Hooked story",
                    "summary", "S", "section", "news/world/africa",
                    "body", List.of(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", "Words.")))));
            editor().contentType(ContentType.JSON).body(story).post("/api/v1/articles").then().statusCode(201);
            createTopic("not-an-article-event");
            editor().post("/api/v1/articles/hooked-story/publish").then().statusCode(200);
            editor().contentType(ContentType.JSON).body(story).put("/api/v1/articles/hooked-story").then().statusCode(200);
            editor().post("/api/v1/articles/hooked-story/unpublish").then().statusCode(200);

            List<Receiver.Request> received = receiver.await(3);
            Thread.sleep(300); // nothing else may follow
            assertEquals(List.of("article.published", "article.updated", "article.unpublished"),
                    receiver.received().stream().map(r -> r.header("Byline-Event")).toList());
            for (Receiver.Request request : received) {
                assertTrue(verifies(request, secret), "signature of " + request.body());
                assertEquals(request.header("Byline-Event"), event(request).get("type").asText());
                assertEquals(JSON.readTree(request.body()).get("deliveryId").asText(), request.header("Byline-Delivery"));
            }
            assertEquals("Hooked story", event(received.get(0)).get("content").get("headline").asText());
            assertTrue(event(received.get(2)).path("content").isMissingNode(), "a tombstone carries no content");
            assertEquals(3, received.stream().map(r -> r.header("Byline-Delivery")).distinct().count());
            admin().get("/api/v1/webhooks/" + registered.getString("id")).then().statusCode(200)
                    .body("secret", nullValue()).body("attempts", is(0));
        }
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffThenSucceedsAndAnyDeliveryCanBeReplayed() throws Exception {
        try (Receiver receiver = new Receiver(n -> n <= 2 ? 503 : 200, 0)) {
            String id = register(receiver.url(), List.of("topic.created")).getString("id");
            createTopic("retried-topic");
            List<Receiver.Request> received = receiver.await(3);
            assertEquals(1, received.stream().map(r -> r.header("Byline-Delivery")).distinct().count(), "one delivery id for every retry");

            awaitLog(id, 3);
            JsonPath log = admin().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(3, 2, 1), log.getList("data.attempt"));
            assertEquals(List.of(true, false, false), log.getList("data.succeeded"));
            assertEquals("HTTP 503: busy", log.getString("data[2].error"));
            admin().get("/api/v1/webhooks/" + id).then().body("attempts", is(0)).body("failingSince", nullValue());

            String first = log.getString("data[2].id");
            admin().post("/api/v1/webhooks/" + id + "/deliveries/" + first + "/replay").then().statusCode(200)
                    .body("attempt", is(4)).body("succeeded", is(true));
            assertEquals(received.get(0).header("Byline-Delivery"), receiver.await(4).get(3).header("Byline-Delivery"));
            assertEquals("topic.created", receiver.received().get(3).header("Byline-Event"));
        }
    }

    /** PostgreSQL's text refuses NUL: an answer holding one must still be logged (and backed off), never re-sent each tick. */
    @Test
    void anAnswerWithControlCharactersIsLoggedAsSafeText() throws Exception {
        try (Receiver receiver = Receiver.answering(500).failingWith("bad\u0000answer\u0007 \uD83D\uDCA5")) {
            String id = register(receiver.url(), List.of("topic.created")).getString("id");
            createTopic("nul-answer-topic");
            awaitLog(id, 1);
            JsonPath log = admin().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200).extract().jsonPath();
            assertEquals("HTTP 500: bad\uFFFDanswer\uFFFD \uD83D\uDCA5", log.getString("data[0].error"));
            admin().get("/api/v1/webhooks/" + id).then().body("attempts", greaterThanOrEqualTo(1));
        }
    }

    @Test
    void aHangingReceiverTimesOutWithoutHoldingUpAnother() throws Exception {
        try (Receiver hanging = new Receiver(n -> 200, 3_000); Receiver quick = Receiver.answering(200)) {
            String hangingId = register(hanging.url(), List.of("topic.*")).getString("id");
            register(quick.url(), List.of("topic.*"));
            long started = System.currentTimeMillis();
            createTopic("hung-topic");
            quick.await(1);
            assertTrue(System.currentTimeMillis() - started < 2_500, "the quick receiver waited for the hanging one");
            long deadline = System.currentTimeMillis() + 10_000;
            JsonPath log;
            do {
                Thread.sleep(100);
                log = admin().get("/api/v1/webhooks/" + hangingId + "/deliveries").then().extract().jsonPath();
            } while (log.getList("data").isEmpty() && System.currentTimeMillis() < deadline);
            assertEquals(false, log.getBoolean("data[0].succeeded"));
            assertTrue(log.get("data[0].status") == null, "no status without an answer");
            assertTrue(log.getString("data[0].error").contains("Timeout"), log.getString("data[0].error"));
        }
    }

    /** A receiver that answers at once but never finishes its body is cut off at the timeout (1 s in tests). */
    @Test
    void aReceiverTricklingItsAnswerIsCutOffAtTheTimeout() throws Exception {
        try (Receiver trickling = Receiver.trickling()) {
            String id = register(trickling.url(), List.of("topic.*")).getString("id");
            createTopic("trickled-topic");
            awaitLog(id, 1);
            JsonPath log = admin().get("/api/v1/webhooks/" + id + "/deliveries").then().extract().jsonPath();
            assertEquals(false, log.getBoolean("data[0].succeeded"));
            assertTrue(log.getString("data[0].error").contains("Timeout"), log.getString("data[0].error"));
            assertTrue(log.getInt("data[0].latencyMs") < 3_000, "cut off after " + log.getInt("data[0].latencyMs") + " ms");
        }
    }

    /** Waits double per failure from the base (200 ms in tests), with up to 20% jitter, capped at the maximum (1 h). */
    @Test
    void retriesWaitLongerEachTimeWithJitterUpToTheMaximum() {
        for (int failures = 1; failures <= 6; failures++) {
            long base = 200L << (failures - 1);
            long delay = dispatcher.retryDelay(failures).toMillis();
            assertTrue(delay >= base && delay <= base + base / 5, "after " + failures + " failures: " + delay + " ms");
        }
        long hour = java.time.Duration.ofHours(1).toMillis();
        long capped = dispatcher.retryDelay(40).toMillis();
        assertTrue(capped >= hour && capped <= hour + hour / 5, capped + " ms");
        assertTrue(java.util.stream.IntStream.range(0, 20).mapToLong(i -> dispatcher.retryDelay(5).toMillis()).distinct().count() > 1,
                "jitter spreads the retries of many endpoints");
    }

    /** Past the retry window an endpoint is marked failing and waits for an admin; it then resumes where it stood. */
    @Test
    void anEndpointFailingForTheWholeRetryWindowIsMarkedFailingAndResumedByAnUpdate() throws Exception {
        try (Receiver receiver = new Receiver(n -> n <= 2 ? 503 : 200, 0)) {
            String id = register(receiver.url(), List.of("topic.created")).getString("id");
            createTopic("given-up-topic");
            awaitLog(id, 1);
            QuarkusTransaction.requiringNew().run(() -> Webhook.update( // as if it had been failing for a day
                    "failingSince = ?1, nextAttemptAt = null where id = ?2", Instant.now().minusSeconds(25 * 3600), UUID.fromString(id)));
            dispatcher.wake();
            awaitLog(id, 2);
            admin().get("/api/v1/webhooks/" + id).then().body("failing", is(true)).body("attempts", is(2));
            Thread.sleep(1_500); // two dispatch ticks: nothing more is tried
            assertEquals(2, receiver.received().size());

            admin().contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "events", List.of("topic.created"), "enabled", true))
                    .put("/api/v1/webhooks/" + id).then().statusCode(200).body("failing", is(false));
            assertEquals("given-up-topic", event(receiver.await(3).get(2)).get("slug").asText());
        }
    }

    @Test
    void twoDispatchersDeliverEachEventOnce() throws Exception {
        try (Receiver receiver = Receiver.answering(200)) {
            String id = admin().contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "events", List.of("topic.*"), "enabled", false))
                    .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
            for (int i = 0; i < 5; i++) {
                createTopic("once-topic-" + i);
            }
            admin().contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "events", List.of("topic.*"), "enabled", true))
                    .put("/api/v1/webhooks/" + id).then().statusCode(200);
            Set<Thread> threads = ConcurrentHashMap.newKeySet();
            for (int i = 0; i < 2; i++) {
                Thread thread = new Thread(() -> dispatcher.deliver(UUID.fromString(id)));
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join(10_000);
            }
            receiver.await(5);
            Thread.sleep(500);
            List<String> slugs = receiver.received().stream().map(r -> {
                try {
                    return event(r).get("slug").asText();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertEquals(List.of("once-topic-0", "once-topic-1", "once-topic-2", "once-topic-3", "once-topic-4"), slugs);
            assertEquals(5, slugs.stream().collect(Collectors.toSet()).size());
        }
    }

    /**
     * An instance that died mid-retry leaves its lease and its count of attempts in the database; once the lease
     * has run out another instance (here: this one) resumes from the same event, and nothing is lost.
     */
    @Test
    void deliveryResumesWhereADeadInstanceLeftIt() throws Exception {
        try (Receiver receiver = Receiver.answering(200)) {
            String id = admin().contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "events", List.of("topic.*"), "enabled", false))
                    .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
            for (int i = 0; i < 3; i++) {
                createTopic("resumed-topic-" + i);
            }
            QuarkusTransaction.requiringNew().run(() -> Webhook.update("enabled = true, leaseOwner = 'dead-instance',"
                    + " leaseUntil = ?1, attempts = 2, failingSince = ?2, nextAttemptAt = ?1 where id = ?3",
                    Instant.now().minusSeconds(1), Instant.now().minusSeconds(30), UUID.fromString(id)));
            dispatcher.wake();
            List<String> slugs = receiver.await(3).stream().map(r -> {
                try {
                    return event(r).get("slug").asText();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertEquals(List.of("resumed-topic-0", "resumed-topic-1", "resumed-topic-2"), slugs);
            awaitLog(id, 3);
            admin().get("/api/v1/webhooks/" + id + "/deliveries").then().body("data.size()", is(3))
                    .body("data.attempt", org.hamcrest.Matchers.hasItem(3))
                    .body("data.succeeded", org.hamcrest.Matchers.everyItem(is(true)));
            admin().get("/api/v1/webhooks/" + id).then().body("attempts", is(0)).body("failingSince", nullValue());
        }
    }

    /** Waits (up to ten seconds) until the endpoint's log holds this many attempts: they are written after the sends. */
    private static void awaitLog(String id, int attempts) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (admin().get("/api/v1/webhooks/" + id + "/deliveries").then().extract().jsonPath().getList("data").size() < attempts
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }

    @Test
    void aPingSaysHowTheReceiverTookIt() throws Exception {
        try (Receiver receiver = Receiver.answering(500)) {
            String id = register(receiver.url(), List.of("*")).getString("id");
            admin().post("/api/v1/webhooks/" + id + "/ping").then().statusCode(200)
                    .body("eventType", is("ping")).body("succeeded", is(false)).body("status", is(500));
            assertEquals("ping", receiver.await(1).get(0).header("Byline-Event"));
            admin().delete("/api/v1/webhooks/" + id).then().statusCode(204);
            admin().get("/api/v1/webhooks/" + id).then().statusCode(404);
        }
    }

    @Test
    void onlyAdminsManageWebhooksAndBadInputIsRefused() {
        editor().get("/api/v1/webhooks").then().statusCode(403);
        given().get("/api/v1/webhooks").then().statusCode(401);
        admin().contentType(ContentType.JSON).body(Map.of("url", "ftp://example.com/x", "events", List.of("*")))
                .post("/api/v1/webhooks").then().statusCode(422).body("errors[0].field", is("url"));
        admin().contentType(ContentType.JSON).body(Map.of("url", "https://example.com/x", "events", List.of("article")))
                .post("/api/v1/webhooks").then().statusCode(400);
        admin().contentType(ContentType.JSON).body(Map.of("url", "https://example.com/x", "events", List.of("*"), "secret", "short"))
                .post("/api/v1/webhooks").then().statusCode(400);
    }
}
