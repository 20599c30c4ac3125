package news.byline.live;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Live pages and posts for tests, written through the API as an editor would. */
final class LiveFixture {
    /** A section no other test lists from: test pages would crowd the newest stories elsewhere out of their first page. */
    static final String SECTION = "news/newsbeat";

    private LiveFixture() {
    }

    /** A published live page with coverage live and two key points; a topic and a contributor, as the newest stories have. */
    static String publishedPage(String slug) {
        String editor = keyFor("editor");
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("slug", slug, "type", "live",
                "headline", "Live: " + slug, "summary", "Updates as they come.", "section", SECTION, "topics", List.of("africa"),
                "byline", Map.of("text", "BBC News", "contributors", List.of(Map.of("author", "grace-oneill"))),
                "body", List.of(paragraph("Follow the latest."))))
                .post("/api/v1/articles").then().statusCode(201);
        given().auth().oauth2(editor).post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("coverageStatus", "live",
                "keyPoints", List.of("First point", "Second point"))).put("/api/v1/articles/" + slug + "/live").then().statusCode(200);
        return slug;
    }

    static Map<String, Object> paragraph(String text) {
        return Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", text)));
    }

    static Map<String, Object> post(String title, String status) {
        Map<String, Object> post = new HashMap<>();
        post.put("title", title);
        post.put("body", List.of(paragraph("Text of " + title)));
        post.put("status", status);
        return post;
    }

    /** Posts as the editor; returns the new post's id. */
    static String publish(String page, String title) {
        return create(page, post(title, "published"), keyFor("editor"));
    }

    static String create(String page, Map<String, Object> post, String key) {
        return given().auth().oauth2(key).contentType(ContentType.JSON).body(post)
                .post("/api/v1/articles/" + page + "/live/posts").then().statusCode(201).extract().path("id");
    }
}
