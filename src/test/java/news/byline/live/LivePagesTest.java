package news.byline.live;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import news.byline.ApiKeysFixture;
import org.junit.jupiter.api.Test;

/** Live pages as editors write them and readers read them: posts, key points, the pinned post, key events, paging. */
@QuarkusTest
class LivePagesTest {

    @Test
    void aLivePageShowsKeyPointsThePinnedPostKeyEventsAndTheNewestPosts() {
        String page = LiveFixture.publishedPage("live-page-read");
        Map<String, Object> keyEvent = LiveFixture.post("Key moment", "published");
        keyEvent.put("keyEvent", true);
        String key = LiveFixture.create(page, keyEvent, keyFor("editor"));
        Map<String, Object> pinned = LiveFixture.post("Read this first", "published");
        pinned.put("pinned", true);
        String pin = LiveFixture.create(page, pinned, keyFor("editor"));
        String newest = LiveFixture.publish(page, "Newest update");
        LiveFixture.create(page, LiveFixture.post("Not yet", "draft"), keyFor("editor"));

        given().get("/api/v1/articles/" + page + "/live").then().statusCode(200)
                .body("article.slug", is(page)).body("article.coverage.status", is("live"))
                .body("article.coverage.postCount", is(3)).body("article.coverage.startTime", not(nullValue()))
                .body("keyPoints", is(List.of("First point", "Second point")))
                .body("pinned.id", is(pin)).body("pinned.pinned", is(true))
                .body("keyEvents.id", is(List.of(key))).body("keyEvents[0].title", is("Key moment"))
                .body("posts.id", is(List.of(newest, pin, key))).body("posts.title", not(hasItem("Not yet")))
                .body("posts[0].url", containsString("/articles/" + page + "#post-" + newest))
                .body("links.olderPosts", nullValue()).body("links.stream", containsString("/live/stream?lastEventId="));
        given().get("/api/v1/articles?pageSize=100").then().body("data.find { it.slug == '" + page + "' }.coverage.postCount", is(3));
        given().get("/api/v1/articles/russian-troops-arrive-in-niger-as-military-agreement-begins").then()
                .body("coverage", nullValue());
    }

    @Test
    void pinningAPostUnpinsTheOtherAndOnlyEditorsPin() {
        String page = LiveFixture.publishedPage("live-pins");
        Map<String, Object> first = LiveFixture.post("First pin", "published");
        first.put("pinned", true);
        String one = LiveFixture.create(page, first, keyFor("editor"));
        Map<String, Object> second = LiveFixture.post("Second pin", "published");
        second.put("pinned", true);
        String two = LiveFixture.create(page, second, keyFor("editor"));
        given().get("/api/v1/articles/" + page + "/live").then().body("pinned.id", is(two))
                .body("posts.findAll { it.pinned }.id", is(List.of(two)));
        given().get("/api/v1/articles/" + page + "/live/posts/" + one).then().body("pinned", is(false));
        given().auth().oauth2(keyFor("contributor")).contentType(ContentType.JSON).body(first)
                .post("/api/v1/articles/" + page + "/live/posts").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void olderPostsPageByCursorAndNewerOnesComeSinceAKnownPostInOrder() {
        String page = LiveFixture.publishedPage("live-paging");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(LiveFixture.publish(page, "Update " + i));
        }
        List<String> newestFirst = new ArrayList<>(ids);
        Collections.reverse(newestFirst);
        String older = given().get("/api/v1/articles/" + page + "/live?pageSize=3").then().statusCode(200)
                .body("posts.id", is(newestFirst.subList(0, 3))).extract().path("links.olderPosts");
        List<String> seen = new ArrayList<>();
        String next = older;
        while (next != null) {
            var answer = given().get(next).then().statusCode(200).extract();
            seen.addAll(answer.path("data.id"));
            next = answer.path("links.next");
        }
        assertEquals(newestFirst.subList(3, 7), seen);
        given().get("/api/v1/articles/" + page + "/live/posts?since=" + ids.get(2) + "&pageSize=2").then().statusCode(200)
                .body("data.id", is(ids.subList(3, 5))).body("links.next", containsString("since=" + ids.get(4)));
        given().get("/api/v1/articles/" + page + "/live/posts?since=" + ids.get(6)).then().body("data.size()", is(0));
        given().get("/api/v1/articles/" + page + "/live/posts?cursor=" + ids.get(1) + "&since=" + ids.get(2)).then().statusCode(400);
        given().get("/api/v1/articles/" + page + "/live/posts?cursor=not-a-post").then().statusCode(400)
                .body("errors[0].field", is("cursor"));
        String otherPage = LiveFixture.publishedPage("live-paging-other");
        given().get("/api/v1/articles/" + otherPage + "/live/posts?since=" + ids.get(2)).then().statusCode(400)
                .body("errors[0].field", is("since"));
    }

    @Test
    void aDeletedPostLeavesATombstoneAndADraftIsNeverPublic() {
        String page = LiveFixture.publishedPage("live-tombstones");
        String gone = LiveFixture.publish(page, "Wrong");
        String draft = LiveFixture.create(page, LiveFixture.post("Draft", "draft"), keyFor("editor"));
        String etag = given().get("/api/v1/articles/" + page + "/live/posts/" + gone).then().statusCode(200).extract().header("ETag");
        assertNotNull(etag);
        String version = given().auth().oauth2(keyFor("editor")).get("/api/v1/articles/" + page + "/live/posts/" + gone + "?preview=true")
                .then().statusCode(200).header("Cache-Control", is("private, no-store")).extract().header("ETag");
        given().auth().oauth2(keyFor("editor")).header("If-Match", "\"stale\"").delete("/api/v1/articles/" + page + "/live/posts/" + gone)
                .then().statusCode(412);
        given().auth().oauth2(keyFor("editor")).header("If-Match", version).delete("/api/v1/articles/" + page + "/live/posts/" + gone)
                .then().statusCode(204);
        given().get("/api/v1/articles/" + page + "/live/posts/" + gone).then().statusCode(410).body("type", containsString("gone"));
        given().auth().oauth2(keyFor("editor")).get("/api/v1/articles/" + page + "/live/posts/" + gone + "/revisions").then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("data.summary", is(List.of("deleted", "created"))).body("data[0].snapshot.title", is("Wrong"))
                .body("data[1].status", is("published"));
        given().get("/api/v1/articles/" + page + "/live/posts/" + gone + "/revisions").then().statusCode(401);
        given().get("/api/v1/articles/" + page + "/live").then().body("posts.id", not(hasItem(gone)))
                .body("article.coverage.postCount", is(0));
        given().get("/api/v1/articles/" + page + "/live/posts/" + draft).then().statusCode(404);
        given().get("/api/v1/articles/" + page + "/live/posts/" + draft + "?preview=true").then().statusCode(404);
        given().auth().oauth2(keyFor("editor")).get("/api/v1/articles/" + page + "/live/posts/" + draft + "?preview=true").then()
                .statusCode(200).body("status", is("draft")).body("publishedAt", nullValue());
    }

    @Test
    void aScheduledPostGoesOutAtItsTimeAndNotBefore() {
        String page = LiveFixture.publishedPage("live-scheduled");
        Map<String, Object> later = LiveFixture.post("Later", "scheduled");
        later.put("publishAt", Instant.now().plusSeconds(3600).toString());
        String id = LiveFixture.create(page, later, keyFor("editor"));
        given().get("/api/v1/articles/" + page + "/live/posts/" + id).then().statusCode(404);
        Map<String, Object> past = LiveFixture.post("Past", "scheduled");
        past.put("publishAt", Instant.now().minusSeconds(5).toString());
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON).body(past)
                .post("/api/v1/articles/" + page + "/live/posts").then().statusCode(422).body("errors[0].field", is("publishAt"));
    }

    @Test
    void contributorsPostAndChangeTheirOwnPostsOnlyUntilCoverageEnds() {
        String page = LiveFixture.publishedPage("live-contributors");
        String contributor = given().auth().oauth2(ApiKeysFixture.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Live blogger", "role", "contributor")).post("/api/v1/keys").then().statusCode(201)
                .extract().path("key");
        String own = LiveFixture.create(page, LiveFixture.post("From the scene", "published"), contributor);
        String editors = LiveFixture.publish(page, "From the desk");
        given().auth().oauth2(contributor).contentType(ContentType.JSON).body(LiveFixture.post("Corrected", "published"))
                .put("/api/v1/articles/" + page + "/live/posts/" + own).then().statusCode(200).body("title", is("Corrected"));
        given().auth().oauth2(contributor).contentType(ContentType.JSON).body(LiveFixture.post("Not mine", "published"))
                .put("/api/v1/articles/" + page + "/live/posts/" + editors).then().statusCode(403);
        given().auth().oauth2(contributor).contentType(ContentType.JSON).body(Map.of("coverageStatus", "ended", "keyPoints", List.of()))
                .put("/api/v1/articles/" + page + "/live").then().statusCode(403);
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON).body(Map.of("coverageStatus", "ended", "keyPoints", List.of("Over")))
                .put("/api/v1/articles/" + page + "/live").then().statusCode(200).body("coverage.status", is("ended"))
                .body("coverage.endTime", not(nullValue()));
        given().auth().oauth2(contributor).contentType(ContentType.JSON).body(LiveFixture.post("Too late", "published"))
                .post("/api/v1/articles/" + page + "/live/posts").then().statusCode(403);
        given().get("/api/v1/articles/" + page + "/live").then().body("article.coverage.status", is("ended"))
                .body("keyPoints", is(List.of("Over")));
    }

    @Test
    void onlyLivePagesTakePostsAndAPageThatIsNotPublishedShowsNothing() {
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON).body(LiveFixture.post("Nope", "published"))
                .post("/api/v1/articles/russian-troops-arrive-in-niger-as-military-agreement-begins/live/posts").then().statusCode(409);
        given().get("/api/v1/articles/russian-troops-arrive-in-niger-as-military-agreement-begins/live").then().statusCode(404);
        String page = LiveFixture.publishedPage("live-unpublished");
        String post = LiveFixture.publish(page, "Was public");
        given().auth().oauth2(keyFor("editor")).post("/api/v1/articles/" + page + "/unpublish").then().statusCode(200);
        given().get("/api/v1/articles/" + page + "/live").then().statusCode(404);
        given().get("/api/v1/articles/" + page + "/live/posts").then().statusCode(404);
        given().get("/api/v1/articles/" + page + "/live/posts/" + post).then().statusCode(404);
        given().get("/api/v1/articles/" + page + "/live/stream").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void postsAreValidatedLikeArticlesAndNameWhatIsWrong() {
        String page = LiveFixture.publishedPage("live-validation");
        Map<String, Object> post = LiveFixture.post("Bad", "published");
        post.put("contributors", List.of("no-such-author"));
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON).body(post)
                .post("/api/v1/articles/" + page + "/live/posts").then().statusCode(422).body("errors[0].field", is("contributors[0]"));
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON).body(Map.of("title", "No body", "status", "published"))
                .post("/api/v1/articles/" + page + "/live/posts").then().statusCode(400);
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON).body(Map.of("body", List.of(LiveFixture.paragraph("x")),
                "status", "live")).post("/api/v1/articles/" + page + "/live/posts").then().statusCode(400);
        given().contentType(ContentType.JSON).body(LiveFixture.post("Anonymous", "published"))
                .post("/api/v1/articles/" + page + "/live/posts").then().statusCode(401);
        String author = given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON).body(Map.of("name", "Live only author"))
                .post("/api/v1/authors").then().statusCode(201).extract().path("slug");
        Map<String, Object> withAuthor = LiveFixture.post("By someone", "published");
        withAuthor.put("contributors", List.of(author));
        String id = LiveFixture.create(page, withAuthor, keyFor("editor"));
        given().get("/api/v1/articles/" + page + "/live/posts/" + id).then().body("contributors.slug", is(List.of(author)))
                .body("contributors.name", everyItem(not(nullValue())));
        given().auth().oauth2(keyFor("editor")).delete("/api/v1/authors/" + author).then().statusCode(409)
                .body("detail", containsString(page));
    }
}
