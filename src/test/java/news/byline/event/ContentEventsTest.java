package news.byline.event;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.byline.ApiKeysFixture;
import news.byline.topic.TopicInput;
import news.byline.topic.TopicService;
import org.junit.jupiter.api.Test;

/**
 * Events of every kind of content: written with the change or not at all, naming the key that made them,
 * never telling of an image nobody may see, and following a section into every section its move changes.
 */
@QuarkusTest
class ContentEventsTest {

    @Inject
    TopicService topics;

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(keyFor(role));
    }

    private static String head() {
        return ChangeFeedReader.head();
    }

    private static List<Map<String, Object>> changesSince(String token) {
        return ChangeFeedReader.changesSince(token, 100);
    }

    private static List<String> described(List<Map<String, Object>> changes) {
        return changes.stream().map(c -> c.get("type") + " " + c.get("slug")).toList();
    }

    private static long eventsOf(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("entityId", id));
    }

    @Test
    void anEventIsWrittenWithItsChangeAndRolledBackWithIt() {
        UUID committed = QuarkusTransaction.requiringNew().call(() -> topics.create(new TopicInput("committed-topic", "Committed", null)).value().id());
        assertEquals(1, eventsOf(committed), "the commit stored the event with the topic");
        QuarkusTransaction.begin();
        UUID id;
        try {
            id = topics.create(new TopicInput("rolled-back-topic", "Rolled back", null)).value().id();
        } finally {
            QuarkusTransaction.rollback();
        }
        assertEquals(0, eventsOf(id), "the rollback took the event with the topic");
        given().get("/api/v1/topics/rolled-back-topic").then().statusCode(404);
    }

    @Test
    void anEventNamesTheKeyThatMadeTheChange() {
        keyFor("editor");
        String keyId = given().auth().oauth2(ApiKeysFixture.ADMIN).queryParam("pageSize", 100).get("/api/v1/keys")
                .then().statusCode(200).extract().jsonPath().getString("data.find { it.name == 'test editor' }.id");
        String id = as("editor").contentType(ContentType.JSON).body(Map.of("slug", "actor-topic", "name", "Actor"))
                .post("/api/v1/topics").then().statusCode(201).extract().path("id");
        String actor = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("entityId", UUID.fromString(id))
                .firstResult().actor);
        assertEquals(keyId, actor);
    }

    @Test
    void authorsAndCollectionsAnnounceCreateUpdateAndDelete() {
        String start = head();
        as("editor").contentType(ContentType.JSON).body(Map.of("slug", "event-author", "name", "Event Author"))
                .post("/api/v1/authors").then().statusCode(201);
        as("editor").contentType(ContentType.JSON).body(Map.of("slug", "event-author", "name", "Event Author", "jobTitle", "Reporter"))
                .put("/api/v1/authors/event-author").then().statusCode(200);
        as("editor").contentType(ContentType.JSON).body(Map.of("slug", "event-list", "title", "Event list",
                        "items", List.of(Map.of("article", "russian-troops-arrive-in-niger-as-military-agreement-begins"))))
                .post("/api/v1/collections").then().statusCode(201);
        as("editor").delete("/api/v1/collections/event-list").then().statusCode(204);
        as("editor").delete("/api/v1/authors/event-author").then().statusCode(204);
        assertEquals(List.of("author.created event-author", "author.updated event-author", "collection.created event-list",
                "collection.deleted event-list", "author.deleted event-author"), described(changesSince(start)));
    }

    @Test
    void anImageNobodyMaySeeMakesNoEventUntilItIsPublicAndLeavesATombstoneWhenItIsNotAgain() {
        String start = head();
        String id = as("editor").contentType(ContentType.JSON).body(Map.of("slug", "embargoed-picture",
                        "url", "https://images.byline.example/embargoed.jpg", "width", 10, "height", 10, "alt", "Embargoed"))
                .post("/api/v1/images").then().statusCode(201).extract().path("id");
        as("editor").contentType("application/merge-patch+json").body("{\"caption\":\"Still private\"}")
                .patch("/api/v1/images/" + id).then().statusCode(200);
        assertTrue(changesSince(start).isEmpty(), "a private image's changes are not public: " + changesSince(start));

        as("editor").contentType("application/merge-patch+json").body("{\"markedPublic\":true}")
                .patch("/api/v1/images/" + id).then().statusCode(200);
        as("editor").contentType("application/merge-patch+json").body("{\"markedPublic\":false}")
                .patch("/api/v1/images/" + id).then().statusCode(200);
        as("editor").delete("/api/v1/images/" + id).then().statusCode(204);
        List<Map<String, Object>> changes = changesSince(start);
        assertEquals(List.of("image.updated embargoed-picture", "image.unpublished embargoed-picture"), described(changes));
        assertEquals("Still private", ((Map<?, ?>) changes.get(0).get("content")).get("caption"));
        assertEquals("tombstone", changes.get(1).get("change"));
    }

    @Test
    void aMovedSectionUpdatesItsOldAndNewParentsAndItsDescendants() {
        section("event-tree", null);
        section("moving", "event-tree");
        section("below", "event-tree/moving");
        section("target", "event-tree");
        String start = head();
        as("editor").contentType(ContentType.JSON).body(Map.of("slug", "moving", "name", "Moving", "parentPath", "event-tree/target",
                        "inNavigation", false))
                .put("/api/v1/sections/event-tree/moving").then().statusCode(200);
        List<String> changes = described(changesSince(start));
        assertEquals(List.of("section.updated event-tree/target/moving", "section.updated event-tree",
                "section.updated event-tree/target", "section.updated event-tree/target/moving/below"), changes);
        given().get("/api/v1/sections/event-tree/target/moving/below").then().statusCode(200);
    }

    /** A section kept out of the navigation, so that other tests' navigation stays as the seed page has it. */
    private static void section(String slug, String parentPath) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("slug", slug, "name", slug, "inNavigation", false));
        if (parentPath != null) {
            input.put("parentPath", parentPath);
        }
        as("editor").contentType(ContentType.JSON).body(input).post("/api/v1/sections").then().statusCode(201);
    }
}
