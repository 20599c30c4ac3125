package news.byline.image;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import news.byline.ApiKeysFixture;
import org.junit.jupiter.api.Test;

/**
 * An image is public once published content shows it (a story, an author, a collection) or an editor marks
 * it; before that, and again once nothing public shows it, it is 404 without a key, so an embargoed story's
 * pictures cannot be fetched early. Each check reads anonymously twice: the second answer comes from the
 * response cache, which a change of visibility must have purged.
 */
@QuarkusTest
class ImageVisibilityTest {

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(keyFor(role));
    }

    private static String upload(String alt) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB), "png", png);
        return as("contributor").multiPart("file", "picture.png", png.toByteArray(), "image/png").multiPart("alt", alt)
                .post("/api/v1/images").then().statusCode(201).body("markedPublic", is(false)).extract().path("id");
    }

    private static void assertPublic(String id, boolean expected) {
        for (int read = 0; read < 2; read++) {
            given().get("/api/v1/images/" + id).then().statusCode(expected ? 200 : 404);
            given().get("/api/v1/images/" + id + "/file?width=160").then().statusCode(expected ? 200 : 404);
        }
    }

    private static Map<String, Object> story(String slug, String leadImage, List<String> bodyImages) {
        List<Object> body = new java.util.ArrayList<>();
        body.add(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", "Words of " + slug))));
        bodyImages.forEach(image -> body.add(Map.of("type", "image", "imageId", image)));
        Map<String, Object> story = new java.util.HashMap<>(Map.of("slug", slug, "type", "story", "headline", "Story " + slug,
                "summary", "About " + slug, "section", "news/world/africa", "body", body));
        if (leadImage != null) {
            story.put("leadImage", Map.of("imageId", leadImage));
        }
        return story;
    }

    private static void write(String slug, Map<String, Object> story) {
        as("editor").contentType(ContentType.JSON).body(story).put("/api/v1/articles/" + slug).then().statusCode(200);
    }

    @Test
    void anUnusedUploadIsSeenOnlyWithAKeyAndNeverCached() throws IOException {
        String id = upload("Unused upload");
        assertPublic(id, false);
        as("contributor").get("/api/v1/images/" + id).then().statusCode(200)
                .header("Cache-Control", is(ImageResource.PRIVATE_CACHE_CONTROL));
        as("contributor").get("/api/v1/images/" + id + "/file").then().statusCode(200)
                .header("Cache-Control", is(ImageResource.PRIVATE_CACHE_CONTROL));
    }

    @Test
    void aPrivateImageIsSeenByThoseWhoMayWorkWithItOnly() throws IOException {
        String id = upload("An embargoed picture whose caption tells the story");
        String otherContributor = given().auth().oauth2(ApiKeysFixture.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Another contributor", "role", "contributor")).post("/api/v1/keys").then().statusCode(201)
                .extract().path("key");
        as("contributor").get("/api/v1/images/" + id).then().statusCode(200); // its uploader
        as("editor").get("/api/v1/images/" + id + "/file").then().statusCode(200);
        for (String key : List.of(otherContributor, keyFor("delivery"))) {
            given().auth().oauth2(key).get("/api/v1/images/" + id).then().statusCode(404);
            given().auth().oauth2(key).get("/api/v1/images/" + id + "/file").then().statusCode(404);
        }
        given().auth().oauth2(otherContributor).contentType(ContentType.JSON).body(story("uses-an-embargoed-picture", id, List.of()))
                .post("/api/v1/articles").then().statusCode(201);
        given().auth().oauth2(otherContributor).get("/api/v1/images/" + id).then().statusCode(200); // its own draft uses it
        assertPublic(id, false);
    }

    @Test
    void aStoryMakesItsImagesPublicWhilePublishedOnly() throws IOException {
        String lead = upload("Embargoed lead");
        String inBody = upload("Embargoed body picture");
        as("editor").contentType(ContentType.JSON).body(story("embargoed-story", lead, List.of(inBody)))
                .post("/api/v1/articles").then().statusCode(201);
        as("editor").contentType(ContentType.JSON).body(Map.of("publishAt", Instant.now().plusSeconds(3600).toString()))
                .post("/api/v1/articles/embargoed-story/schedule").then().statusCode(200);
        assertPublic(lead, false);
        assertPublic(inBody, false);

        as("editor").post("/api/v1/articles/embargoed-story/publish").then().statusCode(200);
        assertPublic(lead, true);
        assertPublic(inBody, true);
        given().get("/api/v1/images/" + lead + "/file").then()
                .header("Cache-Control", is(ImageResource.FILE_CACHE_CONTROL))
                .header("Surrogate-Key", containsString(lead));
        given().get("/api/v1/images/" + lead).then().header("Cache-Control", startsWith("public"));

        as("editor").post("/api/v1/articles/embargoed-story/unpublish").then().statusCode(200);
        assertPublic(lead, false);
        assertPublic(inBody, false);
    }

    @Test
    void anImageAPublishedStoryStopsShowingIsPrivateAgain() throws IOException {
        String lead = upload("First lead");
        String nextLead = upload("Next lead");
        String inBody = upload("Dropped body picture");
        String shared = upload("Shared picture");
        as("editor").contentType(ContentType.JSON).body(story("shows-then-drops", lead, List.of(inBody, shared)))
                .post("/api/v1/articles").then().statusCode(201);
        as("editor").contentType(ContentType.JSON).body(story("also-shows-shared", null, List.of(shared)))
                .post("/api/v1/articles").then().statusCode(201);
        as("editor").post("/api/v1/articles/shows-then-drops/publish").then().statusCode(200);
        as("editor").post("/api/v1/articles/also-shows-shared/publish").then().statusCode(200);
        assertPublic(lead, true);
        assertPublic(inBody, true);

        write("shows-then-drops", story("shows-then-drops", nextLead, List.of()));
        assertPublic(lead, false);
        assertPublic(inBody, false);
        assertPublic(nextLead, true);
        assertPublic(shared, true); // another published story still shows it

        as("editor").delete("/api/v1/articles/also-shows-shared").then().statusCode(204);
        assertPublic(shared, false);
    }

    @Test
    void authorsAndCollectionsMakeImagesPublic() throws IOException {
        String portrait = upload("A portrait");
        String promo = upload("A promo picture");
        String author = as("editor").contentType(ContentType.JSON).body(Map.of("name", "Visible Portrait", "portraitImageId", portrait))
                .post("/api/v1/authors").then().statusCode(201).extract().path("slug");
        assertPublic(portrait, true);
        Map<String, Object> item = Map.of("promo", Map.of("title", "Listen", "url", "https://www.bbc.co.uk/sounds", "imageId", promo));
        as("editor").contentType(ContentType.JSON).body(Map.of("title", "Promo pictures", "items", List.of(item)))
                .post("/api/v1/collections").then().statusCode(201);
        assertPublic(promo, true);

        as("editor").contentType(ContentType.JSON).body(Map.of("name", "Visible Portrait")).put("/api/v1/authors/" + author)
                .then().statusCode(200);
        assertPublic(portrait, false);
        as("editor").contentType(ContentType.JSON).body(Map.of("title", "Promo pictures", "items", List.of()))
                .put("/api/v1/collections/promo-pictures").then().statusCode(200);
        assertPublic(promo, false);
    }

    @Test
    void editorsMarkAnImagePublicAndContributorsMayNot() throws IOException {
        String id = upload("Marked by an editor");
        as("editor").contentType("application/merge-patch+json").body("{\"markedPublic\":true}")
                .patch("/api/v1/images/" + id).then().statusCode(200).body("markedPublic", is(true));
        assertPublic(id, true);
        as("editor").contentType("application/merge-patch+json").body("{\"markedPublic\":false}")
                .patch("/api/v1/images/" + id).then().statusCode(200);
        assertPublic(id, false);

        as("contributor").multiPart("file", "marked.png", new byte[] {1}, "image/png").multiPart("alt", "Marked")
                .multiPart("markedPublic", "true").post("/api/v1/images").then().statusCode(403);
        as("contributor").contentType(ContentType.JSON).body(Map.of("url", "https://images.byline.example/marked.jpg",
                "width", 10, "height", 10, "alt", "Marked", "markedPublic", true)).post("/api/v1/images").then().statusCode(403)
                .contentType("application/problem+json").body("detail", is("Only editors may mark an image public"));
        as("editor").contentType(ContentType.JSON).body(Map.of("url", "https://images.byline.example/marked.jpg",
                "width", 10, "height", 10, "alt", "Marked", "markedPublic", true)).post("/api/v1/images").then().statusCode(201)
                .body("markedPublic", is(true));
        as("contributor").multiPart("file", "marked.png", new byte[] {1}, "image/png").multiPart("alt", "Marked")
                .multiPart("markedPublic", "yes").post("/api/v1/images").then().statusCode(400);
    }
}
