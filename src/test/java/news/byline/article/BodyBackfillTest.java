package news.byline.article;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static news.byline.SeedPageFixture.NIGER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import news.byline.cache.ListKey;
import news.byline.cache.TransactionPurges;
import org.junit.jupiter.api.Test;

/** Articles stored before search and image uses were kept get both at start. */
@QuarkusTest
class BodyBackfillTest {
    /** A word of the Niger story that only its body holds. */
    private static final String BODY_WORD = "Ecowas";

    @Inject
    BodyBackfill backfill;

    @Inject
    TransactionPurges purges;

    @Test
    void derivesWhatOlderRowsLack() {
        QuarkusTransaction.requiringNew().run(() ->
        {
            Article.update("bodyText = null, searchKeywords = null where slug = ?1", NIGER);
            Article.getEntityManager().createNativeQuery(
                    "delete from article_body_image where article_id = (select id from article where slug = ?1)")
                    .setParameter(1, NIGER).executeUpdate();
            purges.purge(ListKey.ARTICLE_TEXT); // a bulk update passes by the change tracking that purges cached answers
        });
        given().queryParam("q", BODY_WORD).get("/api/v1/articles").then().statusCode(200)
                .body("data.slug", not(hasItem(NIGER)));

        assertEquals(1, backfill.fillAll());

        given().queryParam("q", BODY_WORD).get("/api/v1/articles").then().statusCode(200).body("data.slug", hasItem(NIGER));
        given().queryParam("q", "Ewokor").get("/api/v1/articles").then().statusCode(200).body("data.slug", hasItem(NIGER));
        assertEquals(0, backfill.fillAll());
        given().auth().oauth2(keyFor("editor")).delete("/api/v1/images/niamey-junta-supporters").then().statusCode(409)
                .body("detail", containsString(NIGER)); // shown in the body only
    }
}
