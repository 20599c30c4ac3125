package news.byline.section;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SectionWriteTest {

    private static RequestSpecification editor() {
        return given().auth().oauth2(keyFor("editor"));
    }

    /** Top-level test sections stay out of the navigation, which other tests check in full. */
    private static void create(String slug, String parentPath) {
        editor().contentType(ContentType.JSON).body(parentPath == null ? Map.of("slug", slug, "name", slug, "inNavigation", false)
                        : Map.of("slug", slug, "name", slug, "parentPath", parentPath))
                .post("/api/v1/sections").then().statusCode(201);
    }

    @Test
    void aNewSubSectionDoesNotFailAnEditOfItsParentButAConcurrentEditDoes() {
        editor().contentType(ContentType.JSON).body(Map.of("slug", "versioned-desk", "name", "Versioned desk",
                "inNavigation", false)).post("/api/v1/sections").then().statusCode(201);
        String read = editor().queryParam("preview", true).get("/api/v1/sections/versioned-desk").then().statusCode(200)
                .header("Cache-Control", "private, no-store").extract().header("ETag"); // an editor's read hands out the version
        given().queryParam("preview", true).get("/api/v1/sections/versioned-desk").then().statusCode(404);
        given().queryParam("preview", "yes").get("/api/v1/sections/versioned-desk").then().statusCode(400);
        create("versioned-child", "versioned-desk"); // the parent now shows one more child
        given().get("/api/v1/sections/versioned-desk").then().body("children.slug", contains("versioned-child"));

        editor().contentType("application/merge-patch+json").header("If-Match", read).body("{\"description\":\"First\"}")
                .patch("/api/v1/sections/versioned-desk").then().statusCode(200);
        editor().contentType("application/merge-patch+json").header("If-Match", read).body("{\"description\":\"Lost\"}")
                .patch("/api/v1/sections/versioned-desk").then().statusCode(412);
        given().get("/api/v1/sections/versioned-desk").then().body("description", is("First"));
    }

    @Test
    void movingASectionMovesItsWholeSubtree() {
        create("desk", null);
        create("regional", "desk");
        create("north", "desk/regional");
        create("archive-desk", null);
        editor().contentType("application/merge-patch+json").body("{\"parentPath\":\"archive-desk\"}")
                .patch("/api/v1/sections/desk/regional").then().statusCode(200)
                .body("path", is("archive-desk/regional"))
                .body("children.path", contains("archive-desk/regional/north"));
        given().get("/api/v1/sections/archive-desk/regional/north").then().statusCode(200)
                .body("breadcrumb.path", contains("archive-desk", "archive-desk/regional", "archive-desk/regional/north"));
        given().get("/api/v1/sections/desk/regional/north").then().statusCode(404);
    }

    @Test
    void aSectionCannotMoveUnderItself() {
        create("loop", null);
        create("inner", "loop");
        editor().contentType("application/merge-patch+json").body("{\"parentPath\":\"loop/inner\"}")
                .patch("/api/v1/sections/loop").then().statusCode(422).body("errors[0].field", is("parentPath"));
        editor().contentType("application/merge-patch+json").body("{\"parentPath\":\"loop\"}")
                .patch("/api/v1/sections/loop").then().statusCode(422);
        editor().contentType("application/merge-patch+json").body("{\"parentPath\":\"nowhere\"}")
                .patch("/api/v1/sections/loop").then().statusCode(422);
    }

    @Test
    void positionReordersTheNavigation() {
        editor().contentType(ContentType.JSON).body(Map.of("slug", "order-root", "name", "Order root"))
                .post("/api/v1/sections").then().statusCode(201);
        for (String child : List.of("first", "second", "third")) {
            create(child, "order-root");
        }
        try {
            editor().contentType("application/merge-patch+json").body("{\"position\":0}")
                    .patch("/api/v1/sections/order-root/third").then().statusCode(200);
            given().get("/api/v1/sections/order-root").then()
                    .body("children.slug", contains("third", "first", "second"));
            given().get("/api/v1/navigation").then()
                    .body("items.find { it.path == 'order-root' }.children.label", contains("third", "first", "second"));
        } finally {
            for (String path : List.of("order-root/first", "order-root/second", "order-root/third", "order-root")) {
                editor().delete("/api/v1/sections/" + path).then().statusCode(204);
            }
        }
    }

    @Test
    void deletesOnlyEmptySections() {
        editor().delete("/api/v1/sections/news/world").then().statusCode(409).body("detail", containsString("sub-section"));
        editor().delete("/api/v1/sections/news/world/australia").then().statusCode(409).body("detail", containsString("article"));
        create("empty-desk", null);
        editor().delete("/api/v1/sections/empty-desk").then().statusCode(204);
        given().get("/api/v1/sections/empty-desk").then().statusCode(404);
    }

    @Test
    void refusesATakenPath() {
        editor().contentType(ContentType.JSON).body(Map.of("slug", "africa", "name", "Africa again", "parentPath", "news/world"))
                .post("/api/v1/sections").then().statusCode(409);
    }
}
