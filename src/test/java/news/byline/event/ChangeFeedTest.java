package news.byline.event;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import news.byline.cache.Change;
import news.byline.cache.ListKey;
import news.byline.cache.PurgeKeys;
import news.byline.cache.Purgeable;
import news.byline.cache.TransactionPurges;
import org.junit.jupiter.api.Test;

/** The change feed: public changes only, in commit order, with tombstones; tokens that never skip a change. */
@QuarkusTest
class ChangeFeedTest {

    @Inject
    Outbox outbox;

    @Inject
    TransactionPurges purges;

    @Inject
    EventSequencer sequencer;

    @Inject
    EventPruner pruner;

    private static RequestSpecification editor() {
        return given().auth().oauth2(keyFor("editor"));
    }

    private static String head() {
        return ChangeFeedReader.head();
    }

    /** Every change after the token, in pages of three (to cross pages). */
    private static List<Map<String, Object>> changesSince(String token) {
        return ChangeFeedReader.changesSince(token, 3);
    }

    private static List<String> typesOf(List<Map<String, Object>> changes, String slug) {
        return changes.stream().filter(c -> slug.equals(c.get("slug"))).map(c -> (String) c.get("type")).toList();
    }

    private static Map<String, Object> story(String slug) {
        return Map.of("slug", slug, "type", "story", "headline", "Feed story " + slug, "summary", "Summary",
                "section", "news/world/africa", "topics", List.of("niger"),
                "body", List.of(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", "Words.")))));
    }

    @Test
    void aStoryAppearsWhenPublishedAndLeavesATombstoneButItsDraftsNeverShow() {
        String start = head();
        editor().contentType(ContentType.JSON).body(story("feed-story")).post("/api/v1/articles").then().statusCode(201);
        editor().contentType(ContentType.JSON).body(story("feed-story")).put("/api/v1/articles/feed-story").then().statusCode(200);
        assertTrue(typesOf(changesSince(start), "feed-story").isEmpty(), "a draft's saves are not public changes");

        editor().post("/api/v1/articles/feed-story/publish").then().statusCode(200);
        editor().contentType(ContentType.JSON).body(story("feed-story")).put("/api/v1/articles/feed-story").then().statusCode(200);
        editor().post("/api/v1/articles/feed-story/unpublish").then().statusCode(200);
        editor().contentType(ContentType.JSON).body(story("feed-story")).put("/api/v1/articles/feed-story").then().statusCode(200);
        editor().post("/api/v1/articles/feed-story/publish").then().statusCode(200);
        editor().post("/api/v1/articles/feed-story/archive").then().statusCode(200);
        editor().post("/api/v1/articles/feed-story/publish").then().statusCode(200);
        editor().delete("/api/v1/articles/feed-story").then().statusCode(204);

        List<Map<String, Object>> changes = changesSince(start);
        assertEquals(List.of("article.published", "article.updated", "article.unpublished", "article.published",
                "article.archived", "article.published", "article.deleted"), typesOf(changes, "feed-story"));
        Map<String, Object> published = changes.stream().filter(c -> "feed-story".equals(c.get("slug"))).findFirst().orElseThrow();
        assertEquals("upsert", published.get("change"));
        assertEquals("Feed story feed-story", ((Map<?, ?>) published.get("content")).get("headline"));
        changes.stream().filter(c -> "feed-story".equals(c.get("slug")) && "tombstone".equals(c.get("change")))
                .forEach(tombstone -> assertNull(tombstone.get("content"), "a tombstone carries no content"));
    }

    @Test
    void aFailedWriteLeavesNoEvent() {
        String start = head();
        editor().contentType(ContentType.JSON).body(Map.of("slug", "niger", "name", "Another Niger"))
                .post("/api/v1/topics").then().statusCode(409);
        editor().contentType(ContentType.JSON).header("If-Match", "\"stale\"").body(Map.of("name", "Niger"))
                .put("/api/v1/topics/niger").then().statusCode(412);
        editor().contentType(ContentType.JSON).body(Map.of("slug", "feed-topic", "name", "Feed topic"))
                .post("/api/v1/topics").then().statusCode(201);
        List<Map<String, Object>> changes = changesSince(start);
        assertEquals(List.of("topic.created"), changes.stream().map(c -> (String) c.get("type")).toList());
        assertEquals("Feed topic", ((Map<?, ?>) changes.get(0).get("content")).get("name"));
    }

    /**
     * A transaction that began before another but commits after it: a reader who took a token between the two
     * commits still gets the late event, because positions follow commits, not the order events were written.
     */
    @Test
    void anEventThatCommitsLateIsNotSkippedByAReaderWhoMovedOn() throws Exception {
        String start = head();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        UUID lateId = UUID.randomUUID();
        Purgeable lateTopic = new Purgeable() {
            @Override
            public UUID purgeId() {
                return lateId;
            }

            @Override
            public void keys(Change change, PurgeKeys keys) {
                keys.add(lateId);
            }
        };
        Thread late = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.upserted(ContentKind.TOPIC, ContentAction.UPDATED, lateTopic, "late-topic", Map.of("name", "Late"));
            purges.beforeCommit(() -> { // the event is stored now, and its transaction waits before committing
                written.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }));
        late.start();
        assertTrue(written.await(10, TimeUnit.SECONDS));
        editor().contentType(ContentType.JSON).body(Map.of("slug", "early-topic", "name", "Early topic"))
                .post("/api/v1/topics").then().statusCode(201);
        String afterEarly = head();
        assertEquals(List.of("early-topic"), changesSince(start).stream().map(c -> (String) c.get("slug")).toList());

        release.countDown();
        late.join(10_000);
        sequencer.sequence();
        assertEquals(List.of("late-topic"), changesSince(afterEarly).stream().map(c -> (String) c.get("slug")).toList());
    }

    @Test
    void aTokenFromBeforeWhatIsKeptHasExpiredAndTheFeedStartsAtTheHorizon() {
        String old = head();
        editor().contentType(ContentType.JSON).body(Map.of("slug", "pruned-topic", "name", "Pruned topic"))
                .post("/api/v1/topics").then().statusCode(201);
        String recent = head();
        assertTrue(pruner.prune(java.time.Instant.now().plusSeconds(1)) > 0);
        given().queryParam("since", old).get("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", is("since")).body("detail", containsString("expired"));
        given().get("/api/v1/changes").then().statusCode(200).body("data.size()", is(0)).body("meta.nextToken", is(recent));
        given().queryParam("since", recent).get("/api/v1/changes").then().statusCode(200);
    }

    @Test
    void badTokensAreProblemsNamingTheParameter() {
        for (String token : List.of("42", "c-", "c-abc", "c--1", "c-999999999")) {
            given().queryParam("since", token).get("/api/v1/changes").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", is("since"));
        }
        given().queryParam("limit", 501).get("/api/v1/changes").then().statusCode(400);
    }

    @Test
    void aPageNamesWhereToGoOnAndIsCacheable() {
        String token = head();
        given().queryParam("since", token).get("/api/v1/changes").then().statusCode(200)
                .body("data.size()", is(0)).body("meta.nextToken", is(token)).body("meta.more", is(false))
                .body("links.next", containsString("since=" + token))
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .header("Surrogate-Key", containsString(ListKey.CHANGES.key()));
    }
}
