package news.byline.collection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CollectionResourceTest {

    @Test
    void listsCollectionsWithoutItems() {
        given().queryParam("pageSize", 100).get("/api/v1/collections").then().statusCode(200)
                .body("meta.total", greaterThanOrEqualTo(4))
                .body("data.title", hasItems("Around the BBC", "Elsewhere on the BBC", "Features", "Top Stories"))
                .body("data.items", everyItem(nullValue()));
    }

    @Test
    void topStoriesAreTheThreeHeadlinesWithTimes() {
        given().get("/api/v1/collections/top-stories").then().statusCode(200)
                .body("items.kind", everyItem(is("article")))
                .body("items.article.headline", contains("Angela Rayner: I will step down if I committed criminal offence",
                        "Ex-Post Office boss regrets ‘subbies with their hand in the till’ email",
                        "Scientists discover cause of brightest-ever burst of light"))
                .body("items.article.publishedAt", everyItem(notNullValue()));
    }

    @Test
    void featuresHaveNineItemsOneAttributedToSport() {
        given().get("/api/v1/collections/features").then().statusCode(200)
                .body("items", hasSize(9))
                .body("items[5].article.headline", is("Pinstickers’ guide to the Grand National"))
                .body("items[5].attribution", is("Sport"))
                .body("items.findAll { it.attribution != null }", hasSize(1));
    }

    @Test
    void elsewhereOnTheBbcIsFourAttributedPromos() {
        given().get("/api/v1/collections/elsewhere-on-the-bbc").then().statusCode(200)
                .body("items.kind", everyItem(is("promo")))
                .body("items.attribution", contains("iPlayer", "Sounds", "iPlayer", "Sounds"))
                .body("items[0].promo.title", is("On the trip of a lifetime, which pair will finish first?"))
                .body("items[0].promo.summary", is("Five teams of intrepid Brits battle it out in a breath-taking 15,000 kilometre race"))
                .body("items[3].promo.title", is("From Doctor Who to An Enemy of the People"));
    }

    @Test
    void aroundTheBbcIsTheTwoPodcasts() {
        given().get("/api/v1/collections/around-the-bbc").then().statusCode(200)
                .body("items.promo.title", contains("Focus on Africa podcast", "Africa Daily podcast"));
    }

    @Test
    void unknownCollectionIsNotFound() {
        given().get("/api/v1/collections/bottom-stories").then().statusCode(404).contentType("application/problem+json");
    }
}
