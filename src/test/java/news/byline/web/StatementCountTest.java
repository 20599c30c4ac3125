package news.byline.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import news.byline.cache.ContentChanged;
import news.byline.cache.PurgeKeys;
import news.byline.popularity.PopularityService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** A list costs a fixed, small number of SQL statements, whatever the page size: no N+1. */
@QuarkusTest
class StatementCountTest {
    private static final int MAX_STATEMENTS = 6;
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

    @Test
    void listPagesOf20And100CostTheSameFewStatements() {
        for (String route : LIST_ROUTES) {
            String separator = route.contains("?") ? "&" : "?";
            long small = statementsFor(route + separator + "pageSize=20");
            long large = statementsFor(route + separator + "pageSize=100");
            System.out.printf("SQL statements %-40s pageSize=20: %d, pageSize=100: %d%n", route, small, large);
            assertEquals(small, large, route + " grows with page size");
            assertTrue(large <= MAX_STATEMENTS, route + " runs " + large + " statements");
        }
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
     * Statements prepared while serving the route. The counter is global, so a scheduled job running at the
     * same moment would add to it: the least of three runs is the route's own count.
     */
    private long statementsFor(String route) {
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            Statistics statistics = sessionFactory.getStatistics();
            changes.fire(new ContentChanged(Set.of(PurgeKeys.ALL), false)); // count a render, not a cache hit
            statistics.clear();
            given().get(route).then().statusCode(200);
            least = Math.min(least, statistics.getPrepareStatementCount());
        }
        return least;
    }
}
