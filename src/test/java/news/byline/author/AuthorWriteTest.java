package news.byline.author;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorWriteTest {

    private static RequestSpecification editor() {
        return given().auth().oauth2(keyFor("editor"));
    }

    @Test
    void createsAnAuthorWithAPortrait() {
        String imageId = given().get("/api/v1/images/niamey-junta-supporters").then().extract().path("id");
        editor().contentType(ContentType.JSON)
                .body(Map.of("name", "Nomia Iqbal", "jobTitle", "Correspondent", "portraitImageId", imageId))
                .post("/api/v1/authors").then().statusCode(201)
                .header("Location", containsString("/api/v1/authors/nomia-iqbal"))
                .body("portrait.id", is(imageId));
    }

    @Test
    void refusesAnUnknownPortrait() {
        editor().contentType(ContentType.JSON)
                .body(Map.of("name", "No Portrait", "portraitImageId", "00000000-0000-0000-0000-000000000000"))
                .post("/api/v1/authors").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("portraitImageId"));
        editor().contentType(ContentType.JSON).body(Map.of("name", "Bad Portrait", "portraitImageId", "not-a-uuid"))
                .post("/api/v1/authors").then().statusCode(400).body("errors[0].field", is("portraitImageId"));
    }

    @Test
    void deletesOnlyAuthorsInNoByline() {
        editor().delete("/api/v1/authors/chris-ewokor").then().statusCode(409).body("detail", containsString("is still used by "))
                .body("detail", containsString("article russian-troops-arrive-in-niger-as-military-agreement-begins"));
        editor().contentType(ContentType.JSON).body(Map.of("name", "Passing Stringer")).post("/api/v1/authors").then().statusCode(201);
        editor().delete("/api/v1/authors/passing-stringer").then().statusCode(204);
        given().get("/api/v1/authors/passing-stringer").then().statusCode(404);
    }

    @Test
    void patchesAndGuardsVersions() {
        editor().contentType(ContentType.JSON).body(Map.of("name", "Patchable Reporter")).post("/api/v1/authors").then().statusCode(201);
        String etag = given().get("/api/v1/authors/patchable-reporter").then().extract().header("ETag");
        editor().contentType("application/merge-patch+json").header("If-Match", etag).body("{\"jobTitle\":\"Editor\"}")
                .patch("/api/v1/authors/patchable-reporter").then().statusCode(200).body("jobTitle", is("Editor"));
        editor().contentType("application/merge-patch+json").header("If-Match", etag).body("{\"jobTitle\":\"Stale\"}")
                .patch("/api/v1/authors/patchable-reporter").then().statusCode(412);
    }

    /** An edit of the portrait (another editor's work on the image) does not fail an edit of the author. */
    @Test
    void aWriteChecksTheAuthorsOwnVersionNotWhatItsPortraitShows() {
        String imageId = editor().contentType(ContentType.JSON).body(Map.of("url", "https://images.byline.example/portrait.jpg",
                "width", 10, "height", 10, "alt", "Portrait")).post("/api/v1/images").then().statusCode(201).extract().path("id");
        String version = editor().contentType(ContentType.JSON).body(Map.of("name", "Portrayed Reporter", "portraitImageId", imageId))
                .post("/api/v1/authors").then().statusCode(201).extract().header("ETag");
        String readTag = editor().get("/api/v1/authors/portrayed-reporter").then().statusCode(200).extract().header("ETag");
        editor().contentType("application/merge-patch+json").body("{\"caption\":\"A new caption\"}")
                .patch("/api/v1/images/" + imageId).then().statusCode(200);
        editor().contentType("application/merge-patch+json").header("If-Match", readTag).body("{\"jobTitle\":\"Read\"}")
                .patch("/api/v1/authors/portrayed-reporter").then().statusCode(412); // that read showed the old caption
        String next = editor().contentType("application/merge-patch+json").header("If-Match", version).body("{\"jobTitle\":\"Editor\"}")
                .patch("/api/v1/authors/portrayed-reporter").then().statusCode(200).body("jobTitle", is("Editor"))
                .body("portrait.caption", is("A new caption")).extract().header("ETag");
        editor().contentType("application/merge-patch+json").header("If-Match", version).body("{\"jobTitle\":\"Stale\"}")
                .patch("/api/v1/authors/portrayed-reporter").then().statusCode(412);
        editor().header("If-Match", next).delete("/api/v1/authors/portrayed-reporter").then().statusCode(204);
    }
}
