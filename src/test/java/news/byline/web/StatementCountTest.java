package news.byline.web;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static news.byline.SeedPageFixture.NIGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import news.byline.cache.ContentChanged;
import news.byline.cache.ListKey;
import news.byline.popularity.PopularityService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A list, feed, article or collection costs a fixed, small number of SQL statements, whatever it holds: no N+1. */
@QuarkusTest
class StatementCountTest {
    private static final int MAX_STATEMENTS = 6;
    /**
     * A story not prepared yet: the story, its body, topics, contributors and their authors, images in it,
     * curated related ids, then linked and related stories together (one statement, one batch per relation).
     */
    private static final int MAX_ARTICLE_STATEMENTS = 11;
    private static final List<String> LIST_ROUTES = List.of(
            "/api/v1/articles", "/api/v1/sections/news/articles", "/api/v1/topics/africa/articles",
            "/api/v1/authors/amelia-hart/articles", "/api/v1/authors", "/api/v1/topics", "/api/v1/sections",
            "/api/v1/collections", "/api/v1/articles?q=view&section=news,sport&topic=africa,europe&updatedFrom=2020-01-01");

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Event<ContentChanged> changes;

    @Inject
    PopularityService popularity;

    /**
     * More of every listed kind than a page of 20 holds, so that 20 and 100 differ on every route: the sample
     * has 14 topics and authors and 4 collections. Authors get portraits, which their list loads too.
     */
    @BeforeEach
    void moreOfEachKindThanAPageOf20() {
        String portrait = given().get("/api/v1/images/niger-russia-flags").then().extract().path("id");
        for (int i = count("/api/v1/topics"); i < 30; i++) {
            create("/api/v1/topics", Map.of("name", "Counted topic " + i));
        }
        for (int i = count("/api/v1/authors"); i < 30; i++) {
            create("/api/v1/authors", Map.of("name", "Counted author " + i, "portraitImageId", portrait));
        }
        for (int i = count("/api/v1/collections"); i < 30; i++) {
            create("/api/v1/collections", Map.of("title", "Counted collection " + i, "items", List.of()));
        }
    }

    private static int count(String route) {
        return given().get(route).then().statusCode(200).extract().path("meta.total");
    }

    private static void create(String route, Map<String, Object> body) {
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON).body(body).post(route).then().statusCode(201);
    }

    @Test
    void listPagesOf20And100CostTheSameFewStatements() {
        for (String route : LIST_ROUTES) {
            String separator = route.contains("?") ? "&" : "?";
            long small = statementsFor(route + separator + "pageSize=20");
            long large = statementsFor(route + separator + "pageSize=100");
            int rows = given().get(route + separator + "pageSize=100").then().extract().path("data.size()");
            System.out.printf("SQL statements %-40s pageSize=20: %d, pageSize=100: %d (%d rows)%n", route, small, large, rows);
            assertTrue(rows > 20, route + " holds " + rows + " rows: 20 and 100 would be the same page");
            assertEquals(small, large, route + " grows with page size");
            // A relevance page past the ranked window (5 stories in tests) reads the window, then the newest beyond it.
            int allowed = route.contains("q=") ? MAX_STATEMENTS + 1 : MAX_STATEMENTS;
            assertTrue(large <= allowed, route + " runs " + large + " statements");
        }
    }

    /** The worklist reads the database on every request (never cached): still a fixed number of statements. */
    @Test
    void worklistPagesOf20And100CostTheSameFewStatements() {
        for (String route : List.of("/api/v1/articles?status=published")) {
            long small = keyedStatements(route + "&pageSize=20");
            long large = keyedStatements(route + "&pageSize=100");
            int rows = given().auth().oauth2(keyFor("editor")).get(route + "&pageSize=100").then().statusCode(200)
                    .extract().path("data.size()");
            System.out.printf("SQL statements %-40s pageSize=20: %d, pageSize=100: %d (%d rows)%n", route, small, large, rows);
            assertTrue(rows > 20, route + " holds " + rows + " rows: 20 and 100 would be the same page");
            assertEquals(small, large, route + " grows with page size");
            assertTrue(large <= MAX_STATEMENTS, route + " runs " + large + " statements");
        }
    }

    private long keyedStatements(String route) {
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            sessionFactory.getStatistics().clear();
            given().auth().oauth2(keyFor("editor")).get(route).then().statusCode(200);
            least = Math.min(least, sessionFactory.getStatistics().getPrepareStatementCount());
        }
        return least;
    }

    @Test
    void cursorPagesOf20And100CostTheSameFewStatements() {
        String cursor = given().queryParam("pageSize", 5).get("/api/v1/articles").then().extract().path("meta.nextCursor");
        long small = statementsFor("/api/v1/articles?pageSize=20&cursor=" + cursor);
        long large = statementsFor("/api/v1/articles?pageSize=100&cursor=" + cursor);
        System.out.printf("SQL statements cursor page pageSize=20: %d, pageSize=100: %d%n", small, large);
        assertEquals(small, large);
        assertTrue(large <= MAX_STATEMENTS);
    }

    @Test
    void aFeedOfFiftyStoriesCostsWhatAFeedOfAFewDoes() {
        int few = given().queryParam("author", "chris-ewokor").get("/api/v1/feeds/json").then().extract().path("items.size()");
        int many = given().get("/api/v1/feeds/json").then().extract().path("items.size()");
        assertTrue(few < 10 && many == 50, few + " and " + many + " stories");
        for (String format : List.of("rss", "atom", "json")) {
            long small = statementsFor("/api/v1/feeds/" + format + "?author=chris-ewokor");
            long large = statementsFor("/api/v1/feeds/" + format);
            System.out.printf("SQL statements feed %s of %d: %d, of %d: %d%n", format, few, small, many, large);
            // The few are bylined (one more batch, for their authors) and filtered (one lookup of the author).
            assertTrue(large <= small, format + ": " + large + " statements for " + many + " stories, " + small + " for " + few);
            assertTrue(small <= MAX_STATEMENTS + 2, format + " runs " + small);
        }
    }

    @Test
    void anArticleAndACollectionCostAFewStatementsWhateverTheyHold() {
        // The seed article: contributors, lead image, image blocks, story links, curated and computed related stories.
        long article = statementsFor("/api/v1/articles/" + NIGER);
        System.out.printf("SQL statements article detail: %d%n", article);
        assertTrue(article <= MAX_ARTICLE_STATEMENTS, "the article runs " + article + " statements");
        int items = given().get("/api/v1/collections/top-stories").then().extract().path("items.size()");
        int fewer = given().get("/api/v1/collections/elsewhere-on-the-bbc").then().extract().path("items.size()");
        long large = statementsFor("/api/v1/collections/top-stories");
        long small = statementsFor("/api/v1/collections/elsewhere-on-the-bbc");
        System.out.printf("SQL statements collection of %d: %d, of %d: %d%n", items, large, fewer, small);
        assertTrue(large <= MAX_STATEMENTS && small <= MAX_STATEMENTS);
    }

    @Test
    void mostReadCostsTheSameForTwentyAndFifty() {
        giveSixtyStoriesAViewTwoHoursAgo();
        // Both pages hold bylined filler as well as the seed ranking, so the same relations are loaded.
        long twenty = statementsFor("/api/v1/most-read?limit=20");
        long fifty = statementsFor("/api/v1/most-read?limit=50");
        System.out.printf("SQL statements /api/v1/most-read limit=20: %d, limit=50: %d%n", twenty, fifty);
        assertEquals(twenty, fifty);
        assertTrue(fifty <= MAX_STATEMENTS);
    }

    /** One view each keeps them far below the seed ranking, so Most Read tests elsewhere still hold. */
    private void giveSixtyStoriesAViewTwoHoursAgo() {
        List<String> ids = given().queryParam("pageSize", 60).queryParam("sort", "publishedAt").get("/api/v1/articles")
                .then().extract().jsonPath().getList("data.id");
        ids.forEach(id -> popularity.addViews(UUID.fromString(id), Instant.now().minus(Duration.ofHours(2)), 1));
    }

    /**
     * Statements prepared while rendering the route, as after an edit of what it shows: its cached answer is
     * purged by the entities it names, derived data (totals, related-story candidates) stays. The counter is
     * global, so a scheduled job running at the same moment would add to it: the least of three runs is the
     * route's own count.
     */
    private long statementsFor(String route) {
        Set<String> keys = Set.of(given().get(route).then().statusCode(200).extract().header("Surrogate-Key").split(" "));
        Set<String> shown = keys.stream()
                .filter(key -> !key.equals(ListKey.ARTICLES.key()) && !key.equals(ListKey.ARTICLE_TEXT.key()))
                .collect(Collectors.toSet());
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            Statistics statistics = sessionFactory.getStatistics();
            changes.fire(new ContentChanged(shown.isEmpty() ? keys : shown, false)); // a feed names only its list
            statistics.clear();
            given().get(route).then().statusCode(200);
            least = Math.min(least, statistics.getPrepareStatementCount());
        }
        return least;
    }
}
