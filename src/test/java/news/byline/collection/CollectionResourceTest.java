package news.byline.collection;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CollectionResourceTest {

    @Test
    void listsCollectionsWithoutItems() {
        given().queryParam("pageSize", 100).get("/api/v1/collections").then().statusCode(200)
                .body("meta.total", greaterThanOrEqualTo(4))
                .body("data.title", hasItems("Around the BBC", "Elsewhere on the BBC", "Features", "Top Stories"))
                .body("data", everyItem(not(hasKey("items"))))
                .body("data.slug", everyItem(notNullValue()));
    }

    @Test
    void listsCollectionsInTheOrderAFrontPageShowsThem() {
        List<String> seed = List.of("top-stories", "features", "elsewhere-on-the-bbc", "around-the-bbc");
        List<String> slugs = given().queryParam("pageSize", 100).get("/api/v1/collections").then().statusCode(200)
                .body("data.position", everyItem(notNullValue())).extract().path("data.slug");
        assertEquals(seed, slugs.stream().filter(seed::contains).toList(), "the seed page's order: " + slugs);
        given().auth().oauth2(keyFor("editor")).contentType("application/json")
                .body(Map.of("title", "Placed last", "items", List.of(), "position", 10_000))
                .post("/api/v1/collections").then().statusCode(201).body("position", is(10_000));
        assertEquals("placed-last", last(given().queryParam("pageSize", 100).get("/api/v1/collections").then().extract().path("data.slug")));
        given().auth().oauth2(keyFor("editor")).contentType("application/merge-patch+json").body("{\"position\":-1}")
                .patch("/api/v1/collections/placed-last").then().statusCode(400).body("errors[0].field", is("position"));
    }

    private static String last(List<String> slugs) {
        return slugs.get(slugs.size() - 1);
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
