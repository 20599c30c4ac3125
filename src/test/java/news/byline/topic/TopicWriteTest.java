package news.byline.topic;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TopicWriteTest {

    private static RequestSpecification editor() {
        return given().auth().oauth2(keyFor("editor"));
    }

    @Test
    void createsATopicWithASlugMadeFromTheName() {
        editor().contentType(ContentType.JSON).body(Map.of("name", "Café Society & Élites", "description", "Who's who"))
                .post("/api/v1/topics").then().statusCode(201)
                .header("Location", containsString("/api/v1/topics/cafe-society-elites"))
                .header("ETag", notNullValue())
                .body("slug", is("cafe-society-elites"));
        given().get("/api/v1/topics/cafe-society-elites").then().statusCode(200).body("description", is("Who's who"));
    }

    @Test
    void refusesATakenSlugAndABadOne() {
        editor().contentType(ContentType.JSON).body(Map.of("slug", "russia", "name", "Another Russia"))
                .post("/api/v1/topics").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("russia"));
        editor().contentType(ContentType.JSON).body(Map.of("slug", "Not A Slug", "name", "x"))
                .post("/api/v1/topics").then().statusCode(400).body("errors[0].field", is("slug"));
        editor().contentType(ContentType.JSON).body(Map.of("description", "no name"))
                .post("/api/v1/topics").then().statusCode(400).body("errors[0].field", is("name"));
        editor().contentType(ContentType.JSON).body(Map.of("name", "!!!"))
                .post("/api/v1/topics").then().statusCode(422).body("errors[0].field", is("slug"));
        editor().contentType("application/xml").body("<topic/>").post("/api/v1/topics").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void storesMarkupInTextFieldsAsText() {
        editor().contentType(ContentType.JSON).body(Map.of("name", "<script>alert(1)</script> topic"))
                .post("/api/v1/topics").then().statusCode(201).body("slug", is("script-alert-1-script-topic"));
        given().get("/api/v1/topics/script-alert-1-script-topic").then().statusCode(200)
                .contentType("application/json").body("name", is("<script>alert(1)</script> topic"));
    }

    @Test
    void replacesOnlyTheVersionItWasGiven() {
        editor().contentType(ContentType.JSON).body(Map.of("name", "Versioned topic")).post("/api/v1/topics").then().statusCode(201);
        String etag = given().get("/api/v1/topics/versioned-topic").then().extract().header("ETag");
        String newTag = editor().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("slug", "versioned-topic", "name", "Versioned topic", "description", "First edit"))
                .put("/api/v1/topics/versioned-topic").then().statusCode(200)
                .body("description", is("First edit")).extract().header("ETag");
        editor().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("slug", "versioned-topic", "name", "Versioned topic", "description", "Lost edit"))
                .put("/api/v1/topics/versioned-topic").then().statusCode(412).contentType("application/problem+json");
        given().get("/api/v1/topics/versioned-topic").then().body("description", is("First edit"));
        String versionTag = editor().contentType(ContentType.JSON).header("If-Match", newTag) // the version a write handed out
                .body(Map.of("slug", "versioned-topic", "name", "Versioned topic", "description", "Second edit"))
                .put("/api/v1/topics/versioned-topic").then().statusCode(200).extract().header("ETag");
        editor().contentType(ContentType.JSON).header("If-Match", newTag)
                .body(Map.of("slug", "versioned-topic", "name", "Versioned topic", "description", "Lost again"))
                .put("/api/v1/topics/versioned-topic").then().statusCode(412);
        editor().header("If-Match", versionTag).delete("/api/v1/topics/versioned-topic").then().statusCode(204);
    }

    @Test
    void mergePatchChangesAndRemovesFields() {
        editor().contentType(ContentType.JSON).body(Map.of("name", "Patched topic", "description", "Before"))
                .post("/api/v1/topics").then().statusCode(201);
        editor().contentType("application/merge-patch+json").body("{\"description\":\"After\"}")
                .patch("/api/v1/topics/patched-topic").then().statusCode(200)
                .body("name", is("Patched topic")).body("description", is("After"));
        editor().contentType("application/merge-patch+json").body("{\"description\":null}")
                .patch("/api/v1/topics/patched-topic").then().statusCode(200).body("description", nullValue());
        editor().contentType("application/merge-patch+json").body("{\"name\":\"\"}")
                .patch("/api/v1/topics/patched-topic").then().statusCode(400).body("errors[0].field", is("name"));
        editor().contentType("application/merge-patch+json").body("{\"colour\":\"red\"}")
                .patch("/api/v1/topics/patched-topic").then().statusCode(400).body("errors[0].field", is("colour"));
        editor().contentType("application/merge-patch+json").body("{\"name\":")
                .patch("/api/v1/topics/patched-topic").then().statusCode(400).body("title", is("Malformed JSON"));
        given().get("/api/v1/topics/patched-topic").then().body("name", is("Patched topic"));
    }

    @Test
    void deletesOnlyWhatNoArticleUses() {
        editor().delete("/api/v1/topics/niger").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("is still used by article "));
        given().get("/api/v1/topics/niger").then().statusCode(200);
        editor().contentType(ContentType.JSON).body(Map.of("name", "Short-lived topic")).post("/api/v1/topics").then().statusCode(201);
        editor().delete("/api/v1/topics/short-lived-topic").then().statusCode(204);
        given().get("/api/v1/topics/short-lived-topic").then().statusCode(404);
    }

    @Test
    void twoEditorsRacingWithTheSameVersionCannotBothWin() throws Exception {
        editor().contentType(ContentType.JSON).body(Map.of("name", "Raced topic")).post("/api/v1/topics").then().statusCode(201);
        String etag = given().get("/api/v1/topics/raced-topic").then().extract().header("ETag");
        String key = keyFor("editor");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (String edit : List.of("Edit A", "Edit B")) {
            results.add(pool.submit(() -> {
                start.await();
                return given().auth().oauth2(key).contentType(ContentType.JSON).header("If-Match", etag)
                        .body(Map.of("slug", "raced-topic", "name", "Raced topic", "description", edit))
                        .put("/api/v1/topics/raced-topic").then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        statuses.sort(Integer::compare);
        assertEquals(List.of(200, 412), statuses, "exactly one edit wins, the other is told");
    }
}
