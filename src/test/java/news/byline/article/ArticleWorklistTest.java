package news.byline.article;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import news.byline.ApiKeysFixture;
import org.junit.jupiter.api.Test;

/** The newsroom finds its stories by workflow state: editors all of them, contributors their own drafts. */
@QuarkusTest
class ArticleWorklistTest {
    private static final String DRAFTS = "/api/v1/articles?status=draft&pageSize=100";

    private static void draft(String key, String slug) {
        given().auth().oauth2(key).contentType(ContentType.JSON).body(Map.of("slug", slug, "type", "story",
                "headline", "Worklist " + slug, "summary", "A draft.", "section", "news/world/africa",
                "body", List.of(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", "Words"))))))
                .post("/api/v1/articles").then().statusCode(201);
    }

    @Test
    void editorsFindEveryDraftMostRecentlyChangedFirstAndNoCacheKeepsTheList() {
        String editor = keyFor("editor");
        draft(editor, "worklist-older");
        draft(editor, "worklist-newer");
        given().auth().oauth2(editor).contentType("application/merge-patch+json").body(Map.of("summary", "Changed last."))
                .patch("/api/v1/articles/worklist-older").then().statusCode(200);
        List<String> slugs = given().auth().oauth2(editor).get(DRAFTS).then().statusCode(200)
                .header("Cache-Control", is("private, no-store")).extract().path("data.slug");
        assertEquals(List.of("worklist-older", "worklist-newer"), slugs.subList(0, 2));
        given().auth().oauth2(editor).get("/api/v1/articles?status=draft&q=worklist&section=news/world/africa").then()
                .statusCode(200).body("data.slug", hasItem("worklist-newer"));
        given().auth().oauth2(editor).get("/api/v1/articles?status=published&pageSize=5").then().statusCode(200)
                .body("meta.total", is(given().get("/api/v1/articles?pageSize=1").then().extract().<Integer>path("meta.total")));
        given().get("/api/v1/articles?pageSize=100").then().body("data.slug", not(hasItem("worklist-newer")));
    }

    @Test
    void contributorsFindTheirOwnDraftsOnly() {
        String contributor = given().auth().oauth2(ApiKeysFixture.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Worklist contributor", "role", "contributor")).post("/api/v1/keys").then().statusCode(201)
                .extract().path("key");
        draft(contributor, "worklist-contributors-own");
        draft(keyFor("editor"), "worklist-someone-elses");
        given().auth().oauth2(contributor).get(DRAFTS).then().statusCode(200)
                .body("data.slug", is(List.of("worklist-contributors-own")));
        given().auth().oauth2(contributor).get("/api/v1/articles?status=published").then().statusCode(200)
                .body("data.size()", is(0)).body("meta.total", is(0));
        given().auth().oauth2(keyFor("editor")).post("/api/v1/articles/worklist-someone-elses/publish").then().statusCode(200);
        given().auth().oauth2(keyFor("editor")).get("/api/v1/articles?status=published&pageSize=3").then()
                .body("data[0].slug", is("worklist-someone-elses")).body("data.publishedAt", everyItem(not(is((Object) null))));
    }

    @Test
    void aWorklistNeedsAKeyThatMayEditAndAKnownState() {
        given().get("/api/v1/articles?status=draft").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(keyFor("delivery")).get("/api/v1/articles?status=draft").then().statusCode(403);
        given().auth().oauth2(keyFor("editor")).get("/api/v1/articles?status=deleted").then().statusCode(400)
                .body("errors[0].field", is("status"));
        given().auth().oauth2(keyFor("editor")).get("/api/v1/articles?status=draft&sort=-publishedAt").then().statusCode(400)
                .body("errors[0].field", is("sort"));
    }
}
