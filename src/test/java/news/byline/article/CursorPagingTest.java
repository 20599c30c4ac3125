package news.byline.article;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CursorPagingTest {
    @Inject
    ArticleCursor cursors;
    private static final String AFRICA = "/api/v1/sections/news/world/africa/articles";

    @Test
    void walkingByCursorGivesEveryStoryOnceInOrder() {
        List<String> all = given().queryParam("pageSize", 100).get(AFRICA).then().extract().jsonPath().getList("data.id");
        List<String> walked = new ArrayList<>();
        String cursor = given().queryParam("pageSize", 3).get(AFRICA).then().statusCode(200)
                .body("meta.nextCursor", notNullValue()).extract().path("meta.nextCursor");
        walked.addAll(given().queryParam("pageSize", 3).get(AFRICA).then().extract().jsonPath().getList("data.id"));
        while (cursor != null) {
            JsonPath page = given().queryParam("pageSize", 3).queryParam("cursor", cursor).get(AFRICA).then().statusCode(200)
                    .body("meta.total", nullValue())
                    .body("links.prev", nullValue())
                    .extract().jsonPath();
            walked.addAll(page.getList("data.id"));
            cursor = page.getString("meta.nextCursor");
            if (cursor != null) {
                assertEquals(true, page.getString("links.next").contains("cursor="));
            }
        }
        assertEquals(all, walked);
        assertEquals(walked.size(), new HashSet<>(walked).size());
    }

    @Test
    void newStoriesDoNotShiftTheNextPage() {
        JsonPath first = given().queryParam("pageSize", 4).get("/api/v1/articles").then().extract().jsonPath();
        List<String> before = given().queryParam("pageSize", 8).get("/api/v1/articles").then().extract().jsonPath().getList("data.id");
        String editor = keyFor("editor");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("slug", "breaking-" + i, "type", "story",
                    "headline", "Breaking " + i, "summary", "Just in", "section", "news/uk",
                    "body", List.of(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", "Just in."))))))
                    .post("/api/v1/articles").then().statusCode(201);
            given().auth().oauth2(editor).post("/api/v1/articles/breaking-" + i + "/publish").then().statusCode(200);
        }
        List<String> second = given().queryParam("pageSize", 4).queryParam("cursor", first.getString("meta.nextCursor"))
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath().getList("data.id");
        assertEquals(before.subList(4, 8), second, "no duplicates, no gaps");
    }

    @Test
    void refusesAlteredOrForeignCursors() {
        String cursor = given().queryParam("pageSize", 2).get(AFRICA).then().extract().path("meta.nextCursor");
        String altered = (cursor.charAt(0) == 'A' ? 'B' : 'A') + cursor.substring(1);
        given().queryParam("cursor", altered).get(AFRICA).then().statusCode(400).body("errors[0].field", is("cursor"));
        given().queryParam("cursor", "not-a-cursor").get(AFRICA).then().statusCode(400).body("errors[0].field", is("cursor"));
        given().queryParam("cursor", cursor).get("/api/v1/sections/news/uk/articles").then().statusCode(400)
                .body("detail", containsString("different query"));
        given().queryParam("cursor", cursor).queryParam("sort", "publishedAt").get(AFRICA).then().statusCode(400);
        given().queryParam("cursor", cursor).queryParam("page", 2).get(AFRICA).then().statusCode(400)
                .body("errors[0].field", is("page"));
    }

    @Test
    void refusesExpiredCursors() {
        ArticleCursor.Position position = new ArticleCursor.Position(Instant.parse("2024-04-12T09:31:00Z"), UUID.randomUUID());
        String stale = cursors.encode(position, "any query", Instant.now().minus(Duration.ofHours(25)));
        String fresh = cursors.encode(position, "any query", Instant.now().minus(Duration.ofHours(22)));
        given().queryParam("cursor", stale).get(AFRICA).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("expired"));
        given().queryParam("cursor", fresh).get(AFRICA).then().statusCode(400)
                .body("detail", containsString("different query"));
    }

    @Test
    void pagesCarryingACursorKeepTheirEtagFromSecondToSecond() throws InterruptedException {
        String first = given().queryParam("pageSize", 3).get(AFRICA).then().statusCode(200).extract().header("ETag");
        Thread.sleep(1_100);
        given().queryParam("pageSize", 3).header("If-None-Match", first).get(AFRICA).then().statusCode(304);
    }
}
