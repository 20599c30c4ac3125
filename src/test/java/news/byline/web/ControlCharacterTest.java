package news.byline.web;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import news.byline.article.Article;
import news.byline.cache.ListKey;
import news.byline.cache.TransactionPurges;
import org.junit.jupiter.api.Test;

/**
 * Control characters no text may hold (NUL, which PostgreSQL cannot store; U+000B and the like, which XML
 * cannot carry) are refused as bad input everywhere, and stored text cannot break feeds or sitemaps.
 */
@QuarkusTest
class ControlCharacterTest {

    @Inject
    TransactionPurges purges;

    @Test
    void inQueryParametersAndPaths() {
        given().urlEncodingEnabled(false).get("/api/v1/articles?q=niger%00x").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("q"));
        given().urlEncodingEnabled(false).get("/api/v1/articles?topic=russia%00").then().statusCode(400)
                .body("errors[0].field", is("topic"));
        given().urlEncodingEnabled(false).get("/api/v1/articles/niger%00x").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("path"));
        // Found by the contract fuzzer: an encoded percent sign reaches the parameter as a NUL (500 on PostgreSQL).
        given().auth().oauth2(news.byline.ApiKeysFixture.keyFor("editor")).urlEncodingEnabled(false)
                .post("/api/v1/articles/%2500/unpublish").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(news.byline.ApiKeysFixture.keyFor("editor")).urlEncodingEnabled(false).contentType("application/json")
                .body("{}").put("/api/v1/sections/%25").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void otherControlCharactersToo() {
        given().urlEncodingEnabled(false).get("/api/v1/articles?q=niger%0Bx").then().statusCode(400)
                .body("errors[0].field", is("q")).body("errors[0].message", containsString("U+000B"));
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON)
                .body("{\"name\":\"Vertical\\u000btab\"}").post("/api/v1/topics").then().statusCode(400)
                .body("errors[0].field", is("name")).body("errors[0].message", containsString("U+000B"));
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON)
                .body("{\"name\":\"Tabs\\tand\\nnewlines\",\"description\":\"are\\r\\nfine\"}").post("/api/v1/topics")
                .then().statusCode(201);
    }

    /** Text stored before the rule (or by another way in) still makes well-formed feeds and sitemaps. */
    @Test
    void storedControlCharactersCannotBreakFeedsOrSitemaps() throws Exception {
        String newest = given().queryParam("pageSize", 1).get("/api/v1/articles").then().extract().path("data[0].slug");
        String headline = given().get("/api/v1/articles/" + newest).then().extract().path("headline");
        QuarkusTransaction.requiringNew().run(() -> {
            Article.update("headline = ?1 where slug = ?2", "Odd\u000b characters\u0001 in a headline", newest);
            purges.purge(ListKey.EVERYTHING);
        });
        try {
            for (String route : List.of("/api/v1/feeds/rss", "/api/v1/feeds/atom", "/sitemaps/news.xml")) {
                String xml = given().get(route).then().statusCode(200).extract().asString();
                DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
                assertTrue(xml.contains("Odd characters in a headline"), route + " shows the story without them");
            }
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Article.update("headline = ?1 where slug = ?2", headline, newest);
                purges.purge(ListKey.EVERYTHING);
            });
        }
    }

    @Test
    void inJsonBodies() {
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON)
                .body("{\"name\":\"Nul\\u0000topic\"}").post("/api/v1/topics").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("name"));
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON)
                .body("{\"name\":\"Fine topic\",\"description\":\"Fine\"}").post("/api/v1/topics").then().statusCode(201);
    }
}
