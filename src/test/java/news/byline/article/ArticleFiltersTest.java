package news.byline.article;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Topic all-of, several sections, and the updated-time window syncing clients use. */
@QuarkusTest
class ArticleFiltersTest {
    private static boolean crafted;

    @BeforeEach
    void craftStories() {
        if (crafted) {
            return;
        }
        String editor = keyFor("editor");
        for (String topic : List.of("allof-alpha", "allof-beta", "allof-gamma")) {
            given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("slug", topic, "name", topic))
                    .post("/api/v1/topics").then().statusCode(201);
        }
        publish("allof-both", List.of("allof-alpha", "allof-beta"));
        publish("allof-alpha-only", List.of("allof-alpha"));
        publish("allof-beta-only", List.of("allof-beta"));
        publish("allof-all-three", List.of("allof-gamma", "allof-beta", "allof-alpha"));
        crafted = true;
    }

    @Test
    void plainTopicsMatchAnyPlusTopicsAreRequired() {
        assertEquals(Set("allof-both", "allof-alpha-only", "allof-beta-only", "allof-all-three"),
                slugs("/api/v1/articles?topic=allof-alpha,allof-beta"));
        assertEquals(Set("allof-both", "allof-all-three"), slugs("/api/v1/articles?topic=%2Ballof-alpha&topic=%2Ballof-beta"));
        assertEquals(Set("allof-both", "allof-all-three"), slugs("/api/v1/articles?topic=+allof-alpha&topic=+allof-beta"),
                "an unencoded + arrives as a space and still means required");
        assertEquals(Set("allof-all-three"), slugs("/api/v1/articles?topic=%2Ballof-alpha,%2Ballof-beta,%2Ballof-gamma"));
        assertEquals(Set("allof-all-three"), slugs("/api/v1/articles?topic=+allof-alpha,+allof-beta,+allof-gamma"));
        assertEquals(Set("allof-both", "allof-all-three"),
                slugs("/api/v1/articles?topic=allof-gamma,allof-beta&topic=%2Ballof-alpha"), "(gamma or beta) and alpha");
    }

    @Test
    void severalSectionsMatchAnyWithTheirSubtrees() {
        int uk = total("/api/v1/articles?section=news/uk");
        int africa = total("/api/v1/articles?section=news/world/africa");
        assertTrue(uk > 0 && africa > 0);
        assertEquals(uk + africa, total("/api/v1/articles?section=news/uk,news/world/africa"));
        assertEquals(uk + africa, total("/api/v1/articles?section=news/uk&section=news/world/africa"));
        List<String> paths = given().urlEncodingEnabled(false).get("/api/v1/articles?section=news/uk&section=news/world/africa&pageSize=100")
                .then().statusCode(200).extract().jsonPath().getList("data.section.path");
        assertTrue(paths.stream().allMatch(p -> p.startsWith("news/uk") || p.startsWith("news/world/africa")), paths.toString());
    }

    @Test
    void updatedWindowListsWhatChanged() {
        Instant before = Instant.now().minusMillis(1);
        publish("allof-updated-late", List.of("allof-gamma"));
        String updatedAt = given().get("/api/v1/articles/allof-updated-late").then().extract().path("updatedAt");
        List<String> since = given().queryParam("updatedFrom", before.toString()).queryParam("sort", "-updatedAt")
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath().getList("data.slug");
        assertTrue(since.contains("allof-updated-late"), since.toString());
        assertTrue(since.size() < 10, "only what changed since: " + since);
        List<String> until = given().queryParam("updatedTo", before.toString()).queryParam("pageSize", 100).queryParam("topic", "allof-gamma")
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath().getList("data.slug");
        assertEquals(List.of("allof-all-three"), until);
        assertTrue(Instant.parse(updatedAt).isAfter(before));
        given().queryParam("updatedFrom", "2024-05-01").queryParam("updatedTo", "2024-04-01").get("/api/v1/articles")
                .then().statusCode(400);
        given().queryParam("updatedFrom", "yesterday").get("/api/v1/articles").then().statusCode(400);
    }

    private static HashSet<String> Set(String... slugs) {
        return new HashSet<>(List.of(slugs));
    }

    private static HashSet<String> slugs(String url) {
        return new HashSet<>(given().urlEncodingEnabled(false).get(url + "&pageSize=100").then().statusCode(200)
                .extract().jsonPath().getList("data.slug"));
    }

    private static int total(String url) {
        return given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract().path("meta.total");
    }

    private static void publish(String slug, List<String> topics) {
        String editor = keyFor("editor");
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("slug", slug, "type", "story",
                        "headline", "Filter story " + slug, "summary", "For filters", "section", "news/uk", "topics", topics,
                        "body", List.of(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", "Filters."))))))
                .post("/api/v1/articles").then().statusCode(201);
        given().auth().oauth2(editor).post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);
    }
}
