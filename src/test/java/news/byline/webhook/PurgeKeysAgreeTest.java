package news.byline.webhook;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import news.byline.cache.ContentChanged;
import news.byline.cache.ListKey;
import news.byline.cache.LocalPurges;
import news.byline.event.OutboxEvent;
import org.junit.jupiter.api.Test;

/**
 * One truth of what a change invalidates: for an edit of each kind of content, the keys this instance purged
 * after the commit are exactly the keys its events carry, and the CDN is asked to purge every one of them.
 */
@QuarkusTest
@TestProfile(PurgeKeysAgreeTest.WithCdn.class)
class PurgeKeysAgreeTest {
    private static final Receiver CDN = start();

    public static class WithCdn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("byline.cdn.provider", "fastly", "byline.cdn.api-url", CDN.url().replace("/hook", ""),
                    "byline.cdn.service", "svc-agree", "byline.cdn.token", "agree-token");
        }
    }

    @Inject
    LocalPurges purges;

    private static Receiver start() {
        try {
            return new Receiver(n -> 200, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aTopicRenamed() {
        String id = editor().contentType(ContentType.JSON).body(Map.of("slug", "agreeing-topic", "name", "Agreeing"))
                .post("/api/v1/topics").then().statusCode(201).extract().path("id");
        Set<String> keys = agree(() -> editor().contentType(ContentType.JSON).body(Map.of("slug", "agreeing-topic", "name", "Agreed"))
                .put("/api/v1/topics/agreeing-topic").then().statusCode(200));
        assertTrue(keys.containsAll(Set.of(id, ListKey.TOPICS.key(), ListKey.ARTICLE_TEXT.key())), keys.toString());
    }

    @Test
    void anAuthorRenamed() {
        String id = editor().contentType(ContentType.JSON).body(Map.of("slug", "agreeing-author", "name", "Agreeing Author"))
                .post("/api/v1/authors").then().statusCode(201).extract().path("id");
        Set<String> keys = agree(() -> editor().contentType("application/merge-patch+json").body("{\"name\":\"Agreed Author\"}")
                .patch("/api/v1/authors/agreeing-author").then().statusCode(200));
        assertTrue(keys.containsAll(Set.of(id, ListKey.AUTHORS.key(), ListKey.ARTICLE_TEXT.key())), keys.toString());
    }

    @Test
    void aSectionRenamedAnnouncesItsParentToo() {
        editor().contentType(ContentType.JSON).body(Map.of("slug", "agreeing-desk", "name", "Agreeing desk", "parentPath", "news"))
                .post("/api/v1/sections").then().statusCode(201);
        Set<String> keys = agree(() -> editor().contentType("application/merge-patch+json").body("{\"name\":\"Agreed desk\"}")
                .patch("/api/v1/sections/news/agreeing-desk").then().statusCode(200));
        assertTrue(keys.containsAll(Set.of(ListKey.SECTIONS.key(), ListKey.NAVIGATION.key())), keys.toString());
    }

    @Test
    void aCollectionRetitled() {
        String id = editor().contentType(ContentType.JSON).body(Map.of("slug", "agreeing-picks", "title", "Agreeing picks",
                "items", List.of())).post("/api/v1/collections").then().statusCode(201).extract().path("id");
        Set<String> keys = agree(() -> editor().contentType("application/merge-patch+json").body("{\"title\":\"Agreed picks\"}")
                .patch("/api/v1/collections/agreeing-picks").then().statusCode(200));
        assertTrue(keys.containsAll(Set.of(id, ListKey.COLLECTIONS.key())), keys.toString());
    }

    @Test
    void aPublicImageEdited() {
        String id = image("agreeing-image");
        Set<String> keys = agree(() -> editor().contentType("application/merge-patch+json").body("{\"alt\":\"Agreed\"}")
                .patch("/api/v1/images/" + id).then().statusCode(200));
        assertTrue(keys.containsAll(Set.of(id, ListKey.IMAGES.key())), keys.toString());
    }

    /** The case that once disagreed: a story whose body drops a picture names the picture, which may turn private. */
    @Test
    void aPublishedStoryThatDropsABodyPicture() {
        String kept = image("kept-picture");
        String dropped = image("dropped-picture");
        Map<String, Object> draft = new HashMap<>(story(List.of(kept, dropped)));
        draft.put("slug", "agreeing-story");
        editor().contentType(ContentType.JSON).body(draft).post("/api/v1/articles").then().statusCode(201);
        Set<String> published = agree(() -> editor().post("/api/v1/articles/agreeing-story/publish").then().statusCode(200));
        assertTrue(published.containsAll(Set.of(ListKey.ARTICLES.key(), ListKey.ARTICLE_TEXT.key())), published.toString());
        Set<String> edited = agree(() -> editor().contentType(ContentType.JSON).body(story(List.of(kept)))
                .put("/api/v1/articles/agreeing-story").then().statusCode(200));
        assertTrue(edited.contains(dropped), "the dropped picture is purged and announced: " + edited);
    }

    /**
     * Runs the edit, then compares what this instance purged after its commit with the keys of the events it
     * wrote, and waits for the CDN to be asked to purge them; returns the keys.
     */
    private Set<String> agree(Runnable edit) {
        long lastEvent = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("order by id desc")
                .firstResultOptional().map(event -> event.id).orElse(0L));
        int cdnCalls = CDN.received().size();
        purges.clear();
        edit.run();
        Set<String> local = new TreeSet<>();
        purges.recorded().stream().map(ContentChanged::keys)
                .filter(keys -> !keys.equals(Set.of(ListKey.CHANGES.key()))) // the feed's own purge, once events are sequenced
                .forEach(local::addAll);
        List<OutboxEvent> events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.list("id > ?1", lastEvent));
        assertTrue(!events.isEmpty(), "the edit wrote an event");
        Set<String> announced = new TreeSet<>();
        events.forEach(event -> announced.addAll(List.of(event.surrogateKeys.split(" "))));
        assertEquals(local, announced, "what was purged here is what the events carry");
        awaitCdnPurgeOf(announced, cdnCalls);
        return announced;
    }

    /** Purge calls after the first {@code since} name every key (a purge of everything names them all). */
    private static void awaitCdnPurgeOf(Set<String> keys, int since) {
        long deadline = System.currentTimeMillis() + 15_000;
        Set<String> purged = new TreeSet<>();
        while (System.currentTimeMillis() < deadline) {
            purged.clear();
            List<Receiver.Request> calls = List.copyOf(CDN.received());
            for (Receiver.Request call : calls.subList(since, calls.size())) {
                if (call.path().endsWith("/purge_all")) {
                    return;
                }
                purged.addAll(List.of(call.header("Surrogate-Key").split(" ")));
            }
            if (purged.containsAll(keys)) {
                return;
            }
            sleep();
        }
        Set<String> missing = new TreeSet<>(keys);
        missing.removeAll(purged);
        throw new AssertionError("the CDN was not asked to purge " + missing);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String image(String alt) {
        return editor().contentType(ContentType.JSON).body(Map.of("url", "https://images.byline.example/" + alt + ".jpg",
                "width", 10, "height", 10, "alt", alt, "markedPublic", true)).post("/api/v1/images").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> story(List<String> bodyImages) {
        List<Object> body = new ArrayList<>();
        body.add(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", "Words that agree"))));
        bodyImages.forEach(image -> body.add(Map.of("type", "image", "imageId", image)));
        Map<String, Object> story = new HashMap<>(Map.of("type", "story", "headline", "A story that agrees",
                "summary", "Keys", "section", "news/world/africa", "body", body));
        return story;
    }

    private static RequestSpecification editor() {
        return given().auth().oauth2(keyFor("editor"));
    }
}
