package news.byline.cache;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static news.byline.SeedPageFixture.NIGER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Public answers are kept as bytes and evicted by the surrogate keys of what a write changed. */
@QuarkusTest
class ResponseCacheTest {
    private static final String ARTICLE = "/api/v1/articles/" + NIGER;
    private static final String NAVIGATION = "/api/v1/navigation";

    @Inject
    SessionFactory sessionFactory;

    /**
     * SQL statements run while answering: none means the answer came from the cache. The counter is global, so
     * a scheduled job (sequencing, webhook ticks) running at the same moment would add to it: the least of
     * three runs is the request's own count.
     */
    private long statements(Runnable request) {
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            sessionFactory.getStatistics().clear();
            request.run();
            least = Math.min(least, sessionFactory.getStatistics().getPrepareStatementCount());
        }
        return least;
    }

    private static String editor() {
        return keyFor("editor");
    }

    /** A draft in Africa by Chris Ewokor, tagged like the seed article, so that it ranks first among its related stories. */
    private static void createDraftOnTheSeedArticlesTopics(String slug, String headline) {
        given().auth().oauth2(editor()).contentType(ContentType.JSON).body(Map.of("slug", slug, "type", "story",
                "headline", headline, "summary", "A summary.", "section", "news/world/africa",
                "topics", given().get(ARTICLE).then().extract().path("topics.slug"),
                "byline", Map.of("text", "By Chris Ewokor", "contributors", List.of(Map.of("author", "chris-ewokor"))),
                "body", List.of(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", headline))))))
                .post("/api/v1/articles").then().statusCode(201);
    }

    @Test
    void aRepeatedReadAndItsRevalidationTouchNoDatabase() {
        Response first = given().get(ARTICLE);
        String etag = first.header("ETag");
        assertEquals(0, statements(() -> given().get(ARTICLE).then().statusCode(200).header("ETag", is(etag))
                .body("slug", is(NIGER))));
        assertEquals(0, statements(() -> given().header("If-None-Match", etag).get(ARTICLE).then().statusCode(304)
                .header("ETag", is(etag)).header("Cache-Control", is(first.header("Cache-Control")))
                .header("Surrogate-Key", nullValue())));
        given().header("If-None-Match", "\"other\"").get(ARTICLE).then().statusCode(200);
    }

    @Test
    void aHitAnswersTheSameBytesAndHeadersAsTheRender() {
        String route = "/api/v1/topics/niger/articles?pageSize=3";
        given().get("/api/v1/sections").then().statusCode(200); // unrelated traffic
        Response rendered = given().get(route);
        Response hit = given().get(route);
        assertEquals(rendered.asString(), hit.asString());
        for (String header : List.of("ETag", "Cache-Control", "Vary", "Surrogate-Key", "Cache-Tag", "Content-Type")) {
            assertEquals(rendered.header(header), hit.header(header), header);
        }
        Response gzipped = given().header("Accept-Encoding", "gzip").get(route);
        assertEquals(rendered.asString(), gzipped.asString());
        assertEquals(rendered.header("ETag"), gzipped.header("ETag"));
    }

    @Test
    void headAnswersWhatGetWouldWithoutABody() {
        for (String route : List.of("/api/v1/collections/top-stories", "/api/v1/feeds/rss", "/sitemap.xml")) {
            Response get = given().get(route);
            for (int run = 0; run < 2; run++) { // a render, then a hit
                Response head = given().head(route);
                assertEquals(200, head.statusCode(), route);
                for (String header : List.of("ETag", "Cache-Control", "Surrogate-Key", "Cache-Tag")) {
                    assertEquals(get.header(header), head.header(header), route + " " + header);
                }
                assertEquals("", head.asString());
            }
        }
    }

    @Test
    void anEditEvictsThePagesThatShowTheStoryAndLeavesOthersCached() {
        given().get(NAVIGATION).then().statusCode(200);
        String before = given().get(ARTICLE).then().statusCode(200).extract().path("summary");
        String latest = "/api/v1/sections/news/world/africa/articles?pageSize=100";
        given().get(latest).then().statusCode(200);

        String changed = before + " (updated)";
        given().auth().oauth2(editor()).contentType("application/merge-patch+json").body(Map.of("summary", changed))
                .patch(ARTICLE).then().statusCode(200);

        given().get(ARTICLE).then().statusCode(200).body("summary", is(changed));
        given().get(latest).then().statusCode(200).body("data.summary", hasItem(changed));
        assertEquals(0, statements(() -> given().get(NAVIGATION).then().statusCode(200)), "navigation stays cached");

        given().auth().oauth2(editor()).contentType("application/merge-patch+json").body(Map.of("summary", before))
                .patch(ARTICLE).then().statusCode(200);
        given().get(ARTICLE).then().body("summary", is(before));
    }

    @Test
    void aPublishReachesTheListsAndFeedsThatShouldShowIt() {
        List<String> routes = List.of("/api/v1/articles", "/api/v1/sections/news/world/articles",
                "/api/v1/topics/niger/articles", "/api/v1/authors/chris-ewokor/articles", "/api/v1/feeds/json?section=news/world");
        routes.forEach(route -> given().get(route).then().statusCode(200));
        String slug = "cache-test-fresh-story";
        createDraftOnTheSeedArticlesTopics(slug, "A fresh story for the cache test");
        routes.forEach(route -> given().get(route).then().body(not(containsString(slug)))); // a draft changes nothing public

        given().get(NAVIGATION).then().statusCode(200);
        given().auth().oauth2(editor()).post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);
        routes.forEach(route -> given().get(route).then().statusCode(200).body(containsString(slug)));
        assertEquals(0, statements(() -> given().get(NAVIGATION).then().statusCode(200)), "a publish does not empty the cache");
        given().get(ARTICLE).then().body("related.slug", hasItem(slug)); // the newest story on all of its topics

        given().auth().oauth2(editor()).post("/api/v1/articles/" + slug + "/unpublish").then().statusCode(200);
        routes.forEach(route -> given().get(route).then().body(not(containsString(slug))));
        given().get(ARTICLE).then().body("related.slug", not(hasItem(slug)));
        given().get("/api/v1/articles/" + slug).then().statusCode(404)
                .header("Cache-Control", startsWith("public, max-age=10"));
    }

    @Test
    void answersNameWhatTheyLinkToAndWhatASparseFieldSetLeftOut() {
        Response full = given().get(ARTICLE);
        List<String> linked = new ArrayList<>(full.jsonPath().getList("body.findAll { it.articleId != null }.articleId"));
        linked.addAll(full.jsonPath().getList("body.findAll { it.content != null }.content.flatten().findAll { it.articleId != null }.articleId"));
        assertFalse(linked.isEmpty(), "the seed article links to stories");
        linked.forEach(id -> full.then().header("Surrogate-Key", containsString(id)));
        String section = full.jsonPath().getString("section.id");
        given().queryParam("fields", "headline").get(ARTICLE).then().statusCode(200)
                .header("Surrogate-Key", containsString(full.jsonPath().getString("id")))
                .header("Surrogate-Key", containsString(section));
    }

    @Test
    void deletingAStoryTakesItOffTheListsAndTheRelatedStoriesThatShowedIt() {
        String slug = "cache-test-deleted-story";
        createDraftOnTheSeedArticlesTopics(slug, "A story to delete");
        given().auth().oauth2(editor()).post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);
        given().get(ARTICLE).then().body("related.slug", hasItem(slug));
        given().get("/api/v1/articles").then().body(containsString(slug));

        given().auth().oauth2(editor()).delete("/api/v1/articles/" + slug).then().statusCode(204);
        given().get(ARTICLE).then().body("related.slug", not(hasItem(slug)));
        given().get("/api/v1/articles").then().body(not(containsString(slug)));
        given().get("/api/v1/articles/" + slug).then().statusCode(404);
    }

    @Test
    void previewsAndAuthenticatedReadsNeverEnterTheCache() {
        String draft = "/api/v1/articles/niger-junta-sets-out-plans-for-a-longer-transition?preview=true";
        given().auth().oauth2(editor()).get(draft).then().statusCode(200).header("Cache-Control", is("private, no-store"));
        given().get(draft).then().statusCode(404);

        String keys = "/api/v1/keys";
        given().auth().oauth2(keyFor("admin")).get(keys).then().statusCode(200);
        given().get(keys).then().statusCode(401);

        given().get(NAVIGATION).then().statusCode(200);
        long withKey = statements(() -> given().auth().oauth2(editor()).get(NAVIGATION).then().statusCode(200));
        assertTrue(withKey > 0, "a request with credentials is rendered, not answered from the cache");
    }

    @Test
    void linksAreBuiltUnderTheConfiguredAddressNotTheRequestHost() {
        given().header("Host", "attacker.example").get("/api/v1/articles?pageSize=2").then().statusCode(200)
                .body("links.self", startsWith("http://localhost:8081/api/v1/articles?"))
                .body("links.next", startsWith("http://localhost:8081/"));
    }

    @Test
    void anEntrysWeightCountsItsKeyWhoseLengthAClientChooses() {
        PreparedResponse response = new PreparedResponse("application/json", new byte[100], null, "\"e\"", null, List.of(), Set.of());
        assertEquals(ResponseCache.weight("/a", response) + 2000, ResponseCache.weight("/a" + "x".repeat(1000), response));
    }
}
