package news.byline.collection;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CollectionWriteTest {
    private static final String NIGER = "russian-troops-arrive-in-niger-as-military-agreement-begins";
    private static final String RAYNER = "angela-rayner-i-will-step-down-if-i-committed-criminal-offence";

    private static RequestSpecification editor() {
        return given().auth().oauth2(keyFor("editor"));
    }

    @Test
    void aChangeToAListedStoryDoesNotFailAnEditOfTheCollectionButAConcurrentEditDoes() {
        editor().contentType(ContentType.JSON).body(Map.of("slug", "listed-story", "type", "story", "headline", "Listed story",
                        "summary", "Shown in a collection.", "section", "news/uk",
                        "body", List.of(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", "Text."))))))
                .post("/api/v1/articles").then().statusCode(201);
        editor().post("/api/v1/articles/listed-story/publish").then().statusCode(200);
        editor().contentType(ContentType.JSON)
                .body(Map.of("title", "Versioned picks", "items", List.of(Map.of("article", "listed-story"))))
                .post("/api/v1/collections").then().statusCode(201);
        String read = editor().queryParam("preview", true).get("/api/v1/collections/versioned-picks").then().statusCode(200)
                .header("Cache-Control", "private, no-store").extract().header("ETag"); // an editor's read hands out the version
        given().queryParam("preview", true).get("/api/v1/collections/versioned-picks").then().statusCode(404);
        editor().contentType("application/merge-patch+json").body(Map.of("headline", "Listed story, retitled"))
                .patch("/api/v1/articles/listed-story").then().statusCode(200);
        given().get("/api/v1/collections/versioned-picks").then().body("items[0].article.headline", is("Listed story, retitled"));

        editor().contentType("application/merge-patch+json").header("If-Match", read).body(Map.of("description", "First"))
                .patch("/api/v1/collections/versioned-picks").then().statusCode(200);
        editor().contentType("application/merge-patch+json").header("If-Match", read).body(Map.of("description", "Lost"))
                .patch("/api/v1/collections/versioned-picks").then().statusCode(412);
        given().get("/api/v1/collections/versioned-picks").then().body("description", is("First"));
    }

    @Test
    void createsAndReordersACollectionOfArticlesAndPromos() {
        Map<String, Object> promo = Map.of("promo", Map.of("title", "Africa Daily", "url", "https://www.bbc.co.uk/sounds"), "attribution", "Sounds");
        editor().contentType(ContentType.JSON)
                .body(Map.of("title", "Evening reads", "items", List.of(Map.of("article", NIGER), promo, Map.of("article", RAYNER))))
                .post("/api/v1/collections").then().statusCode(201)
                .body("slug", is("evening-reads"))
                .body("items.kind", contains("article", "promo", "article"));
        editor().contentType("application/merge-patch+json")
                .body(Map.of("items", List.of(Map.of("article", RAYNER), Map.of("article", NIGER), promo)))
                .patch("/api/v1/collections/evening-reads").then().statusCode(200)
                .body("items.kind", contains("article", "article", "promo"))
                .body("items[0].article.slug", is(RAYNER));
        given().get("/api/v1/collections/evening-reads").then().body("items[1].article.slug", is(NIGER));
        editor().delete("/api/v1/collections/evening-reads").then().statusCode(204);
        given().get("/api/v1/collections/evening-reads").then().statusCode(404);
    }

    @Test
    void checksEveryItem() {
        editor().contentType(ContentType.JSON).body(Map.of("title", "Broken", "items", List.of(
                Map.of("article", NIGER, "promo", Map.of("title", "x", "url", "https://example.com")))))
                .post("/api/v1/collections").then().statusCode(422).body("errors[0].field", is("items[0]"));
        editor().contentType(ContentType.JSON).body(Map.of("title", "Broken", "items", List.of(Map.of("article", "no-such-story"))))
                .post("/api/v1/collections").then().statusCode(422).body("errors[0].field", is("items[0].article"));
        editor().contentType(ContentType.JSON).body(Map.of("title", "Broken", "items", List.of(
                Map.of("promo", Map.of("title", "x", "url", "javascript:alert(1)")))))
                .post("/api/v1/collections").then().statusCode(400).body("errors[0].field", is("items[0].promo.url"));
        editor().contentType(ContentType.JSON).body(Map.of("slug", "top-stories", "title", "Copy", "items", List.of()))
                .post("/api/v1/collections").then().statusCode(409);
    }
}
