package news.byline.article;

import static io.restassured.RestAssured.given;
import static news.byline.SeedPageFixture.NIGER;
import static news.byline.SeedPageFixture.NIGER_HEADLINE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleResourceTest {

    @Test
    void listsSummariesNewestFirstInTheEnvelope() {
        JsonPath page = given().when().get("/api/v1/articles").then()
                .statusCode(200)
                .contentType("application/json")
                .body("data", hasSize(20))
                .body("meta.page", is(1))
                .body("meta.pageSize", is(20))
                .body("meta.total", greaterThan(300))
                .body("links.self", startsWith("http"))
                .body("links.next", containsString("page=2"))
                .body("links.prev", nullValue())
                .body("data[0].body", nullValue())
                .body("data[0].urls.canonical", startsWith("https://"))
                .extract().jsonPath();
        List<String> published = page.getList("data.publishedAt");
        for (int i = 1; i < published.size(); i++) {
            assertTrue(Instant.parse(published.get(i - 1)).compareTo(Instant.parse(published.get(i))) >= 0,
                    "newest first at " + i);
        }
        int total = page.getInt("meta.total");
        assertEquals((total + 19) / 20, page.getInt("meta.totalPages"));
    }

    @Test
    void sortsOldestFirstAndByUpdate() {
        List<String> oldest = given().queryParam("sort", "publishedAt").get("/api/v1/articles")
                .then().statusCode(200).extract().jsonPath().getList("data.publishedAt");
        assertTrue(Instant.parse(oldest.get(0)).isBefore(Instant.parse(oldest.get(1)))
                || oldest.get(0).equals(oldest.get(1)));
        List<String> updated = given().queryParam("sort", "-updatedAt").get("/api/v1/articles")
                .then().statusCode(200).extract().jsonPath().getList("data.updatedAt");
        assertTrue(Instant.parse(updated.get(0)).compareTo(Instant.parse(updated.get(19))) >= 0);
    }

    @Test
    void filtersBySectionSubtree() {
        given().queryParam("section", "news/world").queryParam("pageSize", 100).get("/api/v1/articles").then()
                .statusCode(200)
                .body("data.section.path", everyItem(startsWith("news/world")))
                .body("data.slug", hasItem(NIGER))
                .body("data.section.path", hasItem("news/world/africa"));
    }

    @Test
    void filtersByAnyOfSeveralTopicsAndByAuthor() {
        given().queryParam("topic", "niger").queryParam("topic", "space").queryParam("pageSize", 100)
                .get("/api/v1/articles").then().statusCode(200)
                .body("data.slug", hasItem(NIGER))
                .body("data.slug", hasItem("scientists-discover-cause-of-brightest-ever-burst-of-light"))
                .body("data.findAll { !it.topics.slug.contains('niger') && !it.topics.slug.contains('space') }", empty());
        given().queryParam("author", "kathryn-armstrong").get("/api/v1/articles").then().statusCode(200)
                .body("data.slug", contains(NIGER));
    }

    @Test
    void filtersByTypeAndPublicationTime() {
        given().queryParam("type", "live").get("/api/v1/articles").then().statusCode(200)
                .body("data.type", everyItem(is("live")))
                .body("data.slug", hasItem("africa-live-updates-on-this-and-other-stories"));
        String nigerPublished = given().get("/api/v1/articles/" + NIGER).then().extract().path("publishedAt");
        given().queryParam("from", nigerPublished).queryParam("to", nigerPublished).get("/api/v1/articles").then()
                .statusCode(200).body("data.slug", contains(NIGER));
    }

    @Test
    void pagePastTheEndIsEmptyWithCorrectMeta() {
        given().queryParam("page", 400).get("/api/v1/articles").then().statusCode(200)
                .body("data", empty())
                .body("meta.page", is(400))
                .body("meta.total", greaterThan(300))
                .body("links.next", nullValue())
                .body("links.prev", notNullValue());
    }

    /** Offset pages start within the first 10,000 items (deeper, the database reads and drops every row before). */
    @Test
    void offsetPagesStopAtTenThousandItemsAndCursorsGoOn() {
        given().queryParam("page", 100).queryParam("pageSize", 100).get("/api/v1/articles").then().statusCode(200);
        for (String[] page : new String[][] {{"101", "100"}, {"501", "20"}, {"999", "20"}, {"21474836", "1"}}) {
            given().queryParam("page", page[0]).queryParam("pageSize", page[1]).get("/api/v1/articles").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", is("page"));
        }
        given().queryParam("page", 501).get("/api/v1/topics").then().statusCode(400).body("errors[0].field", is("page"));
    }

    @Test
    void atMostFiveTopicsMayBeRequiredAtOnce() {
        given().queryParam("topic", "+niger,+russia,+africa,+europe,+mali").get("/api/v1/articles").then().statusCode(200);
        given().queryParam("topic", "+niger,+russia,+africa,+europe,+mali,+sahel").get("/api/v1/articles").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("topic"));
    }

    @Test
    void rejectsBadParametersNamingThem() {
        Map<String, String> cases = Map.of(
                "pageSize", "101", "page", "0", "from", "yesterday", "sort", "headline", "type", "poem",
                "q", " ", "updatedTo", "soon", "cursor", "abc", "fields", "colour", "colour", "red");
        cases.forEach((name, value) -> given().queryParam(name, value).get("/api/v1/articles").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("errors[0].field", equalTo(name)));
        given().queryParam("pageSize", "0").get("/api/v1/articles").then().statusCode(400)
                .body("errors[0].field", is("pageSize"));
    }

    @Test
    void servesTheNigerArticleCompletely() {
        JsonPath article = given().get("/api/v1/articles/" + NIGER).then()
                .statusCode(200)
                .header("Last-Modified", notNullValue())
                .body("headline", is(NIGER_HEADLINE))
                .body("type", is("story"))
                .body("section.path", is("news/world/africa"))
                .body("breadcrumb.path", contains("news", "news/world", "news/world/africa"))
                .body("byline.text", is("By Chris Ewokor in Abuja & Kathryn Armstrong in London"))
                .body("byline.organisation", is("BBC News"))
                .body("byline.contributors.name", contains("Chris Ewokor", "Kathryn Armstrong"))
                .body("byline.contributors.location", contains("Abuja", "London"))
                .body("topics.name", contains("Russia", "Sahel Islamist insurgency", "Niger", "Africa"))
                .body("leadImage.caption", is("Niger is among the countries in the Sahel region to have strengthened military ties with Russia"))
                .body("leadImage.credit", is("Getty Images"))
                .body("related[0].headline", is("Inside Wagner’s African ‘success story’"))
                .body("related[1].headline", is("Why young Africans are celebrating military takeovers"))
                .body("related[2].headline", is("Is France to blame for coups in West Africa?"))
                .body("wordCount", greaterThan(600))
                .body("readingTimeMinutes", greaterThan(1))
                .extract().jsonPath();
        assertEquals("Supporters of Niger’s military leader, Gen Abdourahamane Tchiani, took to the streets of Niamey in September after the coup",
                article.getString("body.find { it.type == 'image' }.image.caption"));
        assertEquals("Getty Images", article.getString("body.find { it.type == 'image' }.image.credit"));
        assertEquals("Our position is clear. We shall hold the country of origin responsible for any egregious human rights violations.",
                article.getString("body.find { it.type == 'quote' }.text"));
        List<String> linkTexts = article.getList("body.findAll { it.type == 'paragraph' }.content.flatten().findAll { it.type == 'link' }.text");
        assertEquals(List.of("Africa Live: Updates on this and other stories", "How Russia has rebranded Wagner in Africa",
                "‘France takes us for idiots’ – Inside coup-hit Niger"), linkTexts);
        List<String> hrefs = article.getList("body.findAll { it.type == 'paragraph' }.content.flatten().findAll { it.type == 'link' }.href");
        for (String href : hrefs) {
            String slug = href.substring(href.lastIndexOf('/') + 1);
            given().get("/api/v1/articles/" + slug).then().statusCode(200);
        }
        assertTrue(article.getString("body[0].content[0].text").startsWith("Dozens of Russian military instructors have arrived in Niger"));
    }

    @Test
    void findsByIdAsWellAsSlug() {
        String id = given().get("/api/v1/articles/" + NIGER).then().extract().path("id");
        given().get("/api/v1/articles/" + id).then().statusCode(200).body("slug", is(NIGER));
    }

    @Test
    void rendersBodyAsSafeHtmlOrText() {
        given().queryParam("format", "html").get("/api/v1/articles/" + NIGER).then().statusCode(200)
                .body("bodyHtml", startsWith("<p>Dozens of Russian"))
                .body("bodyHtml", containsString("<figcaption>"))
                .body("bodyHtml", containsString("<blockquote>"))
                .body("bodyHtml", not(containsString("<script")))
                .body("bodyText", nullValue());
        given().queryParam("format", "text").get("/api/v1/articles/" + NIGER).then().statusCode(200)
                .body("bodyText", startsWith("Dozens of Russian"))
                .body("bodyText", not(containsString("<")))
                .body("bodyHtml", nullValue());
        given().queryParam("format", "pdf").get("/api/v1/articles/" + NIGER).then().statusCode(400)
                .body("errors[0].field", is("format"));
    }

    @Test
    void unknownOrMalformedIdsAreNotFoundProblems() {
        for (String key : List.of("no-such-story", "00000000-0000-0000-0000-000000000000", "1234-not-a-uuid")) {
            given().get("/api/v1/articles/" + key).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("title", is("Not found"))
                    .body("detail", containsString(key));
        }
    }
}
