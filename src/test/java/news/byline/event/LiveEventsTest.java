package news.byline.event;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Live posts and live pages' state are content events like the rest: in the change feed, never for a draft. */
@QuarkusTest
class LiveEventsTest {
    private static final Map<String, Object> BODY = Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", "Text")));

    @Test
    void postsAndPageChangesAreInTheChangeFeedDraftsAreNot() {
        String editor = keyFor("editor");
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("slug", "live-events", "type", "live",
                "headline", "Live events", "summary", "Events.", "section", "news/newsbeat", "body", List.of(BODY)))
                .post("/api/v1/articles").then().statusCode(201);
        given().auth().oauth2(editor).post("/api/v1/articles/live-events/publish").then().statusCode(200);
        String head = ChangeFeedReader.head();
        String posts = "/api/v1/articles/live-events/live/posts";
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("title", "A draft", "status", "draft", "body", List.of(BODY)))
                .post(posts).then().statusCode(201);
        var published = given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body(Map.of("title", "Out now", "status", "published", "body", List.of(BODY))).post(posts).then().statusCode(201).extract();
        String id = published.path("id");
        given().auth().oauth2(editor).header("If-Match", published.header("ETag")).delete(posts + "/" + id).then().statusCode(204);
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("coverageStatus", "ended", "keyPoints", List.of("Done")))
                .put("/api/v1/articles/live-events/live").then().statusCode(200);

        List<Map<String, Object>> changes = ChangeFeedReader.changesSince(head, 3).stream()
                .filter(change -> !"article".equals(change.get("kind"))).toList();
        assertEquals(List.of("live-post.published", "live-post.deleted", "live-page.ended"), changes.stream().map(c -> c.get("type")).toList());
        assertEquals(id, changes.get(0).get("id"));
        assertEquals("Out now", ((Map<?, ?>) changes.get(0).get("content")).get("title"));
        assertNull(changes.get(1).get("content"), "a tombstone");
        assertEquals("live-post", changes.get(1).get("kind"));
        assertEquals(List.of("Done"), ((Map<?, ?>) changes.get(2).get("content")).get("keyPoints"));
    }
}
