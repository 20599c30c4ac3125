package news.byline.live;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Set;
import news.byline.cache.ContentChanged;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * A live page and its post lists cost a fixed number of statements whatever their size: posts in one statement,
 * their contributors in one batch, images and linked stories of all their bodies in one each (the sample page has
 * 32 posts, with images, quotes and story links).
 */
@QuarkusTest
class LiveStatementCountTest {
    /**
     * With nothing prepared: the event position, the page, its summary (with its topics and contributors: one batch
     * each), the posts, their contributors (one batch), the key events, the images of all bodies, and the stories
     * they link to (with their topics and contributors).
     */
    private static final int MAX_STATEMENTS = 13;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Event<ContentChanged> changes;

    @Test
    void thePageAndItsPostListsCostTheSameAt20And100Posts() {
        String base = "/api/v1/articles/" + LiveApi.PAGE_EXAMPLE + "/live";
        for (String route : new String[] {base + "?pageSize=", base + "/posts?pageSize="}) {
            long small = statementsFor(route + 20);
            long large = statementsFor(route + 100);
            System.out.printf("SQL statements %-60s pageSize=20: %d, pageSize=100: %d%n", route, small, large);
            assertEquals(small, large, route + " grows with page size");
            assertTrue(large <= MAX_STATEMENTS, route + " runs " + large + " statements");
        }
        int posts = given().get(base + "/posts?pageSize=100").then().extract().path("data.size()");
        assertTrue(posts > 20, "the sample page holds " + posts + " posts: 20 and 100 would be the same page");
    }

    /** Each run first purges what the answer shows (not everything, which would also wake the streams' reader). */
    private long statementsFor(String route) {
        Set<String> shown = Set.of(given().get(route).then().statusCode(200).extract().header("Surrogate-Key").split(" "));
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            changes.fire(new ContentChanged(shown, false)); // nothing it shows prepared: the database path
            sessionFactory.getStatistics().clear();
            given().get(route).then().statusCode(200);
            least = Math.min(least, sessionFactory.getStatistics().getPrepareStatementCount());
        }
        return least;
    }
}
