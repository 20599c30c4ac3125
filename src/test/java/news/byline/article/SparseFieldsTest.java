package news.byline.article;

import static io.restassured.RestAssured.given;
import static news.byline.SeedPageFixture.NIGER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import news.byline.cache.ContentChanged;
import news.byline.cache.ListKey;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SparseFieldsTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Event<ContentChanged> changes;

    @Test
    void listsKeepOnlyTheFieldsAsked() {
        JsonPath page = given().queryParam("fields", "headline,leadImage.url").queryParam("section", "news/world/africa")
                .get("/api/v1/articles").then().statusCode(200)
                .body("meta.page", is(1)).body("links.self", notNullValue())
                .extract().jsonPath();
        for (Map<String, Object> item : page.<Map<String, Object>>getList("data")) {
            assertTrue(Set.of("headline", "leadImage").containsAll(item.keySet()), item.keySet().toString());
        }
        Map<String, Object> niger = page.<Map<String, Object>>getList("data").stream()
                .filter(i -> i.get("headline").toString().startsWith("Russian troops")).findFirst().orElseThrow();
        assertEquals(Set.of("url"), ((Map<?, ?>) niger.get("leadImage")).keySet());
    }

    @Test
    void singleArticlesKeepOnlyTheFieldsAskedAndDoLessWork() {
        var response = given().queryParam("fields", "headline,byline.text").get("/api/v1/articles/" + NIGER);
        response.then().statusCode(200)
                .body("headline", is("Russian troops arrive in Niger as military agreement begins"))
                .body("byline.text", is("By Chris Ewokor in Abuja & Kathryn Armstrong in London"));
        assertEquals(Set.of("headline", "byline"), response.jsonPath().getMap("").keySet());
        assertEquals(Set.of("text"), response.jsonPath().getMap("byline").keySet());
        String full = given().get("/api/v1/articles/" + NIGER).then().extract().header("ETag");
        assertNotEquals(full, response.header("ETag"));
        given().queryParam("fields", "headline,byline.text").header("If-None-Match", response.header("ETag"))
                .get("/api/v1/articles/" + NIGER).then().statusCode(304);

        long lean = statements("/api/v1/articles/" + NIGER + "?fields=headline");
        long whole = statements("/api/v1/articles/" + NIGER);
        assertTrue(lean < whole, "fields=headline ran " + lean + " statements, the whole article " + whole);
    }

    @Test
    void unknownFieldsAreRefusedWithTheValidOnes() {
        given().queryParam("fields", "headline,colour").get("/api/v1/articles").then().statusCode(400)
                .body("errors[0].field", is("fields")).body("detail", containsString("headline"));
        given().queryParam("fields", "body").get("/api/v1/articles").then().statusCode(400);
        given().queryParam("fields", "body").get("/api/v1/articles/" + NIGER).then().statusCode(200);
    }

    private long statements(String route) {
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            changes.fire(new ContentChanged(Set.of(ListKey.EVERYTHING.key()), false)); // count a render, not a cache hit
            sessionFactory.getStatistics().clear();
            given().get(route).then().statusCode(200);
            least = Math.min(least, sessionFactory.getStatistics().getPrepareStatementCount());
        }
        return least;
    }
}
