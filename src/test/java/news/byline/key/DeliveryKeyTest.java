package news.byline.key;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static news.byline.SeedPageFixture.NIGER;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import news.byline.cache.PreparedResponse;
import news.byline.cache.ResponseCache;
import org.junit.jupiter.api.Test;

/**
 * A delivery key is a front end's read-only key: it reads what an anonymous reader reads, answered from the
 * response cache, and may write nothing. Editorial keys' reads are rendered for them.
 */
@QuarkusTest
class DeliveryKeyTest {
    @Inject
    ResponseCache cache;

    @Test
    void deliveryReadsAreAnsweredFromTheResponseCacheAndEditorialReadsAreNot() {
        String planted = "/api/v1/articles/only-in-the-response-cache";
        byte[] body = given().get("/api/v1/articles/" + NIGER).then().statusCode(200).extract().asByteArray();
        cache.put(planted, new PreparedResponse("application/json", body, null, "\"planted\"", null,
                List.of(Map.entry("ETag", "\"planted\"")), Set.of("planted")),
                cache.generation());
        given().get(planted).then().statusCode(200).header("ETag", is("\"planted\""));
        given().auth().oauth2(keyFor("delivery")).get(planted).then().statusCode(200).header("ETag", is("\"planted\""));
        given().auth().oauth2(keyFor("editor")).get(planted).then().statusCode(404);
    }

    @Test
    void editorialReadsAreNotKeptForOthers() {
        String list = "/api/v1/articles?pageSize=17";
        given().auth().oauth2(keyFor("editor")).get(list).then().statusCode(200);
        assertNull(cache.get(list));
        given().auth().oauth2(keyFor("delivery")).get(list).then().statusCode(200);
        assertNotNull(cache.get(list));
    }

    @Test
    void deliveryKeysSeePublishedContentOnlyAndWriteNothing() throws IOException {
        String delivery = keyFor("delivery");
        String slug = "delivery-key-draft";
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON).body(Map.of("slug", slug, "type", "story",
                "headline", "Not yet", "summary", "A draft.", "section", "news/world/africa",
                "body", List.of(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", "Draft words"))))))
                .post("/api/v1/articles").then().statusCode(201);
        given().auth().oauth2(keyFor("editor")).queryParam("preview", "true").get("/api/v1/articles/" + slug).then().statusCode(200);
        given().auth().oauth2(delivery).queryParam("preview", "true").get("/api/v1/articles/" + slug).then().statusCode(404);
        given().auth().oauth2(delivery).get("/api/v1/articles/" + slug).then().statusCode(404);

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", png);
        String image = given().auth().oauth2(keyFor("contributor")).multiPart("file", "p.png", png.toByteArray(), "image/png")
                .multiPart("alt", "An unpublished picture").post("/api/v1/images").then().statusCode(201).extract().path("id");
        given().auth().oauth2(delivery).get("/api/v1/images/" + image).then().statusCode(404);

        given().auth().oauth2(delivery).contentType(ContentType.JSON).body(Map.of("name", "Delivery topic"))
                .post("/api/v1/topics").then().statusCode(403).body("status", is(403));
        given().auth().oauth2(delivery).get("/api/v1/keys").then().statusCode(403);
        given().auth().oauth2(delivery).get("/api/v1/webhooks").then().statusCode(403);
    }
}
