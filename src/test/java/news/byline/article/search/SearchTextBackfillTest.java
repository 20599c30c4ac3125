package news.byline.article.search;

import static io.restassured.RestAssured.given;
import static news.byline.SeedPageFixture.NIGER;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import news.byline.article.Article;
import news.byline.cache.PurgeKeys;
import news.byline.cache.TransactionPurges;
import org.junit.jupiter.api.Test;

/** Articles stored before search existed get their search text at start. */
@QuarkusTest
class SearchTextBackfillTest {
    /** A word of the Niger story that only its body holds. */
    private static final String BODY_WORD = "Ecowas";

    @Inject
    SearchTextBackfill backfill;

    @Inject
    TransactionPurges purges;

    @Test
    void fillsWhatOlderRowsLack() {
        QuarkusTransaction.requiringNew().run(() ->
        {
            Article.update("bodyText = null, searchKeywords = null where slug = ?1", NIGER);
            purges.purge(PurgeKeys.ARTICLE_TEXT); // a bulk update passes by the change tracking that purges cached answers
        });
        given().queryParam("q", BODY_WORD).get("/api/v1/articles").then().statusCode(200)
                .body("data.slug", not(hasItem(NIGER)));

        assertEquals(1, backfill.fillAll());

        given().queryParam("q", BODY_WORD).get("/api/v1/articles").then().statusCode(200).body("data.slug", hasItem(NIGER));
        given().queryParam("q", "Ewokor").get("/api/v1/articles").then().statusCode(200).body("data.slug", hasItem(NIGER));
        assertEquals(0, backfill.fillAll());
    }
}
