package news.byline.article.search;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.byline.article.Article;
import news.byline.cache.ListKey;
import news.byline.cache.TransactionPurges;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Full-text search on crafted stories whose words appear nowhere else. Ranking, stemming and snippets are
 * PostgreSQL features; on H2 the same queries must still find (and exclude) the same stories.
 */
@QuarkusTest
class ArticleSearchTest {
    @Inject
    TransactionPurges purges;

    private static boolean crafted;

    @BeforeEach
    void craftStories() {
        if (crafted) {
            return;
        }
        String editor = keyFor("editor");
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("slug", "tumtum-trees", "name", "Tumtum Trees"))
                .post("/api/v1/topics").then().statusCode(201);
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("slug", "callooh-callay", "name", "Callooh Callay"))
                .post("/api/v1/authors").then().statusCode(201);
        publish("vorpal-headline", "story", "news/uk", "Vorpal blade found in museum", "A curator makes a discovery",
                "The exhibit opens next week.", List.of("tumtum-trees"), null);
        publish("vorpal-summary", "feature", "news/uk", "Museum exhibit opens", "The vorpal sword goes on display",
                "Visitors queue for hours.", List.of(), "callooh-callay");
        publish("vorpal-body", "story", "news/world/africa", "Crowds gather outside", "A long queue forms",
                "Some came to see the vorpal weapon, written <script>alert(1)</script> in the guide & catalogue.", List.of(), null);
        publish("frumious-phrase", "story", "news/uk", "Creature report", "An unusual sighting",
                "Witnesses saw the frumious bandersnatch near the river, they said.", List.of(), null);
        publish("frumious-split", "story", "news/uk", "Second creature report", "Another sighting",
                "The bandersnatch looked frumious to the walkers, arriving late.", List.of(), null);
        publish("zephyrine-cafe", "story", "news/uk", "Café Zéphyrine reopens", "The old café is back",
                "Regulars welcomed the news.", List.of(), null);
        draft("vorpal-draft", "Vorpal draft never published");
        crafted = true;
    }

    @Test
    void findsEveryWordInHeadlineSummaryOrBodyButNotDrafts() {
        List<String> slugs = slugs(search("vorpal"));
        assertTrue(slugs.containsAll(List.of("vorpal-headline", "vorpal-summary", "vorpal-body")), slugs.toString());
        assertFalse(slugs.contains("vorpal-draft"));
        assertEquals(3, slugs.size(), slugs.toString());
        assertEquals(List.of(), slugs(search("vorpal jabberwock")), "every word must occur");
    }

    @Test
    void quotedPhraseOrAndExclusion() {
        assertEquals(List.of("frumious-phrase"), slugs(search("\"frumious bandersnatch\"")));
        assertEquals(2, slugs(search("frumious bandersnatch")).size());
        List<String> either = slugs(search("frumious OR vorpal"));
        assertEquals(5, either.size(), either.toString());
        List<String> excluded = slugs(search("vorpal -museum"));
        assertEquals(List.of("vorpal-body"), excluded);
    }

    @Test
    void ignoresCaseAndAccents() {
        assertEquals(List.of("zephyrine-cafe"), slugs(search("ZEPHYRINE")));
        assertEquals(List.of("zephyrine-cafe"), slugs(search("zéphyrine")));
    }

    @Test
    void findsTopicAndContributorNamesAndFollowsRenames() {
        assertEquals(List.of("vorpal-headline"), slugs(search("tumtum")));
        assertEquals(List.of("vorpal-summary"), slugs(search("callooh")));
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON)
                .body(Map.of("slug", "tumtum-trees", "name", "Borogove Groves"))
                .put("/api/v1/topics/tumtum-trees").then().statusCode(200);
        assertEquals(List.of("vorpal-headline"), slugs(search("borogove")));
        assertEquals(List.of(), slugs(search("tumtum")));
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON)
                .body(Map.of("slug", "tumtum-trees", "name", "Tumtum Trees"))
                .put("/api/v1/topics/tumtum-trees").then().statusCode(200);
    }

    @Test
    void combinesWithFilters() {
        assertEquals(List.of("vorpal-body"), slugs(given().queryParam("q", "vorpal").queryParam("section", "news/world")
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath()));
        assertEquals(List.of("vorpal-summary"), slugs(given().queryParam("q", "vorpal").queryParam("type", "feature")
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath()));
        assertEquals(List.of("vorpal-headline"), slugs(given().queryParam("q", "vorpal")
                .get("/api/v1/topics/tumtum-trees/articles").then().statusCode(200).extract().jsonPath()));
        assertEquals(List.of("vorpal-body"), slugs(given().queryParam("q", "vorpal")
                .get("/api/v1/sections/news/world/articles").then().statusCode(200).extract().jsonPath()));
    }

    @Test
    void timeOrdersPageByCursorToo() {
        JsonPath first = given().queryParam("q", "vorpal").queryParam("sort", "-publishedAt").queryParam("pageSize", 2)
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
        JsonPath second = given().queryParam("q", "vorpal").queryParam("sort", "-publishedAt").queryParam("pageSize", 2)
                .queryParam("cursor", first.getString("meta.nextCursor"))
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
        List<String> newestFirst = slugs(given().queryParam("q", "vorpal").queryParam("sort", "-publishedAt")
                .get("/api/v1/articles").then().extract().jsonPath());
        assertEquals(newestFirst.subList(0, 2), slugs(first));
        assertEquals(newestFirst.subList(2, 3), slugs(second));
        assertNull(second.getString("meta.nextCursor"));
        assertNull(given().queryParam("q", "vorpal").queryParam("pageSize", 1).get("/api/v1/articles")
                .then().statusCode(200).extract().path("meta.nextCursor"), "relevance pages have no cursor");
    }

    @Test
    void ranksHeadlineThenSummaryThenBodyOnPostgres() {
        if (!onPostgres()) {
            assertEquals(slugs(given().queryParam("q", "vorpal").queryParam("sort", "-publishedAt").get("/api/v1/articles")
                    .then().extract().jsonPath()), slugs(search("vorpal")), "H2 has no ranking: relevance lists newest first");
            return;
        }
        assertEquals(List.of("vorpal-headline", "vorpal-summary", "vorpal-body"), slugs(search("vorpal")));
        assertEquals(List.of("frumious-split"), slugs(search("arrive walker")), "stems: arriving, walkers");
    }

    @Test
    void relevanceRanksTheNewestMatchesAndTheRestFollowNewestFirst() {
        // The best match (the word in its headline) is the oldest, outside the window of the 5 newest (test setting).
        publish("slithywort-headline", "story", "news/uk", "The slithywort", "Beware", "Shun it", List.of(), null);
        for (int i = 1; i <= 6; i++) {
            publish("slithywort-body-" + i, "story", "news/uk", "Story " + i, "Beware", "An uffish slithywort", List.of(), null);
        }
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> {
            Article.update("publishedAt = ?1 where slug = ?2", base, "slithywort-headline");
            for (int i = 1; i <= 6; i++) {
                Article.update("publishedAt = ?1 where slug = ?2", base.plusSeconds(60L * i), "slithywort-body-" + i);
            }
            purges.purge(ListKey.EVERYTHING); // bulk updates pass by the change tracking that purges cached answers
        });
        List<String> walked = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonPath found = given().queryParam("q", "slithywort").queryParam("pageSize", 3).queryParam("page", page)
                    .get("/api/v1/articles").then().statusCode(200).body("meta.total", is(7)).extract().jsonPath();
            walked.addAll(slugs(found));
        }
        assertEquals(List.of("slithywort-body-6", "slithywort-body-5", "slithywort-body-4", "slithywort-body-3",
                "slithywort-body-2", "slithywort-body-1", "slithywort-headline"), walked);
    }

    @Test
    void snippetsMarkMatchesAndEscapeContent() {
        JsonPath found = search("vorpal");
        String snippet = found.getString("data[" + slugs(found).indexOf("vorpal-body") + "].snippet");
        assertTrue(snippet.contains("<mark>vorpal</mark>"), snippet);
        assertTrue(snippet.contains("guide &amp; catalogue"), snippet);
        assertFalse(snippet.contains("<script"), snippet);
        assertEquals(-1, snippet.replace("<mark>", "").replace("</mark>", "").indexOf('<'), "only <mark> tags: " + snippet);
        String accented = search("zephyrine").getString("data[0].snippet");
        assertNull(given().get("/api/v1/articles").then().extract().path("data[0].snippet"), "only search results have one");
        if (!onPostgres()) {
            assertTrue(snippet.contains("&lt;script&gt;"), "H2 escapes what PostgreSQL's parser drops: " + snippet);
        }
        assertTrue(accented == null || !accented.contains("<mark>"), "the match was in the headline only: " + accented);
    }

    @Test
    void aSnippetFollowsTheStoryItQuotes() {
        publish("jubjub-snippet", "story", "news/uk", "Birdwatch", "A rare bird", "The jubjub bird was seen at dawn.", List.of(), null);
        assertTrue(search("jubjub").getString("data[0].snippet").contains("seen at dawn"));
        given().auth().oauth2(keyFor("editor")).contentType("application/merge-patch+json")
                .body(Map.of("body", List.of(Map.of("type", "paragraph", "content",
                        List.of(Map.of("type", "text", "text", "The jubjub bird flew off at noon."))))))
                .patch("/api/v1/articles/jubjub-snippet").then().statusCode(200);
        String snippet = search("jubjub").getString("data[0].snippet");
        assertTrue(snippet.contains("flew off at noon") && !snippet.contains("dawn"), snippet);
    }

    @Test
    void rejectsBadQueries() {
        given().queryParam("q", "   ").get("/api/v1/articles").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("q"));
        given().queryParam("q", "a".repeat(201)).get("/api/v1/articles").then().statusCode(400)
                .body("detail", containsString("200"));
        given().queryParam("q", "a".repeat(200)).get("/api/v1/articles").then().statusCode(200);
        given().queryParam("sort", "relevance").get("/api/v1/articles").then().statusCode(400)
                .body("detail", containsString("q"));
        given().queryParam("q", "vorpal").queryParam("cursor", "x").get("/api/v1/articles").then().statusCode(400)
                .body("detail", containsString("cursor"));
    }

    private static JsonPath search(String q) {
        return given().queryParam("q", q).queryParam("pageSize", 100).get("/api/v1/articles")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> slugs(JsonPath page) {
        return page.getList("data.slug");
    }

    private static boolean onPostgres() {
        return "postgresql".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class));
    }

    private static void publish(String slug, String type, String section, String headline, String summary, String text,
                                List<String> topics, String author) {
        String editor = keyFor("editor");
        Map<String, Object> input = new HashMap<>(Map.of("slug", slug, "type", type, "headline", headline, "summary", summary,
                "section", section, "topics", topics,
                "body", List.of(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", text))))));
        if (author != null) {
            input.put("byline", Map.of("contributors", List.of(Map.of("author", author))));
        }
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(input).post("/api/v1/articles").then().statusCode(201);
        given().auth().oauth2(editor).post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);
    }

    private static void draft(String slug, String headline) {
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON).body(Map.of("slug", slug, "type", "story",
                        "headline", headline, "summary", "Vorpal", "section", "news/uk",
                        "body", List.of(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", "vorpal"))))))
                .post("/api/v1/articles").then().statusCode(201);
    }
}
