package news.byline.image;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import news.byline.ApiKeysFixture;
import org.junit.jupiter.api.Test;

/** The image library: newest first, searched by alt text, caption or credit, narrowed to unused pictures. */
@QuarkusTest
class ImageLibraryTest {

    private static String upload(String key, String alt, String credit) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB), "png", png);
        return given().auth().oauth2(key).multiPart("file", "p.png", png.toByteArray(), "image/png").multiPart("alt", alt)
                .multiPart("credit", credit).post("/api/v1/images").then().statusCode(201).extract().path("id");
    }

    @Test
    void editorsBrowseEveryImageNewestFirstAndFindTheUnusedOnes() throws IOException {
        String editor = keyFor("editor");
        String older = upload(editor, "Library harbour at dawn", "Library Agency 100%");
        String newer = upload(editor, "Library market scene", "Library Agency");
        List<String> ids = given().auth().oauth2(editor).queryParam("q", "library agency").get("/api/v1/images").then().statusCode(200)
                .header("Cache-Control", is("private, no-store")).extract().path("data.id");
        assertEquals(List.of(newer, older), ids);
        given().auth().oauth2(editor).queryParam("q", "100%").get("/api/v1/images").then().body("data.id", is(List.of(older)));
        given().auth().oauth2(editor).get("/api/v1/images?q=HARBOUR").then().body("data.id", is(List.of(older)));

        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("slug", "library-uses-a-picture", "type", "story",
                "headline", "Uses a picture", "summary", "A draft.", "section", "news/world/africa", "leadImage", Map.of("imageId", older),
                "body", List.of(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", "Words"))))))
                .post("/api/v1/articles").then().statusCode(201);
        given().auth().oauth2(editor).get("/api/v1/images?q=library&unused=true&pageSize=100").then().statusCode(200)
                .body("data.id", hasItem(newer)).body("data.id", not(hasItem(older)));
        given().auth().oauth2(editor).get("/api/v1/images?unused=true&pageSize=100").then()
                .body("data.slug", not(hasItem("niger-russia-flags"))); // the seed story shows it
    }

    @Test
    void contributorsSeeTheirOwnUploadsAndOthersNeedAKey() throws IOException {
        String contributor = given().auth().oauth2(ApiKeysFixture.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Library contributor", "role", "contributor")).post("/api/v1/keys").then().statusCode(201)
                .extract().path("key");
        String own = upload(contributor, "Library own upload", "Staff");
        upload(keyFor("editor"), "Library editor upload", "Staff");
        given().auth().oauth2(contributor).get("/api/v1/images?pageSize=100").then().statusCode(200)
                .body("data.id", is(List.of(own)));
        given().get("/api/v1/images").then().statusCode(401);
        given().auth().oauth2(keyFor("delivery")).get("/api/v1/images").then().statusCode(403);
        given().auth().oauth2(keyFor("editor")).get("/api/v1/images?unused=maybe").then().statusCode(400)
                .body("errors[0].field", is("unused"));
    }
}
