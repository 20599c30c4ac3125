package news.byline.live;

import static io.restassured.RestAssured.given;
import static news.byline.SeedPageFixture.NIGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON-LD a front end embeds carries what Google's structured-data guidelines ask of news articles (headline,
 * image, datePublished, dateModified, author with a name, publisher) and of live blogs (coverageStartTime, and
 * liveBlogUpdate entries each with headline, datePublished and url), with schema.org types and ISO 8601 times.
 */
@QuarkusTest
class StructuredDataTest {
    private static final String LIVE = LiveApi.PAGE_EXAMPLE;
    private static final List<String> ARTICLE_PROPERTIES = List.of("@context", "@type", "headline", "datePublished", "dateModified",
            "author", "publisher", "mainEntityOfPage", "url");

    @Test
    void aStoryCarriesANewsArticle() {
        Map<String, Object> data = given().get("/api/v1/articles/" + NIGER).then().statusCode(200).extract().path("structuredData");
        assertHasAll(data, ARTICLE_PROPERTIES);
        assertEquals("https://schema.org", data.get("@context"));
        assertEquals("NewsArticle", data.get("@type"));
        assertEquals("Russian troops arrive in Niger as military agreement begins", data.get("headline"));
        assertTrue(((String) ((List<?>) data.get("image")).get(0)).startsWith("http"), "image is an absolute address");
        List<Map<String, Object>> authors = cast(data.get("author"));
        assertEquals(List.of("Chris Ewokor", "Kathryn Armstrong"), authors.stream().map(a -> a.get("name")).toList());
        assertTrue(authors.stream().allMatch(a -> "Person".equals(a.get("@type"))));
        assertEquals("Organization", ((Map<?, ?>) data.get("publisher")).get("@type"));
        Instant.parse((String) data.get("datePublished"));
        Instant.parse((String) data.get("dateModified"));
        assertFalse(data.containsKey("liveBlogUpdate"));
        // Fields in a fixed order, whatever the JVM: two instances answer the same bytes (the same ETag).
        String raw = given().get("/api/v1/articles/" + NIGER).then().extract().asString();
        assertTrue(raw.contains("\"publisher\":{\"@type\":\"Organization\",\"name\":\""), "publisher's fields in order");
    }

    @Test
    void aLivePageCarriesALiveBlogPostingWithItsUpdates() {
        Map<String, Object> page = given().get("/api/v1/articles/" + LIVE + "/live").then().statusCode(200).extract().path("");
        Map<String, Object> data = cast(page.get("structuredData"));
        assertHasAll(data, ARTICLE_PROPERTIES);
        assertEquals("LiveBlogPosting", data.get("@type"));
        Instant.parse((String) data.get("coverageStartTime"));
        List<Map<String, Object>> updates = cast(data.get("liveBlogUpdate"));
        List<Map<String, Object>> posts = cast(page.get("posts"));
        assertEquals(posts.size(), updates.size());
        assertTrue(updates.size() >= 20, "the sample page shows its 20 newest posts");
        for (int i = 0; i < updates.size(); i++) {
            Map<String, Object> update = updates.get(i);
            assertHasAll(update, List.of("@type", "headline", "datePublished", "url", "articleBody"));
            assertEquals("BlogPosting", update.get("@type"));
            assertEquals(posts.get(i).get("url"), update.get("url"));
            assertTrue(((String) update.get("headline")).length() <= 110, "headline fits what search engines show");
            Instant.parse((String) update.get("datePublished"));
        }
        Map<String, Object> article = given().get("/api/v1/articles/" + LIVE).then().statusCode(200).extract().path("structuredData");
        assertEquals("LiveBlogPosting", article.get("@type"));
        assertTrue(article.containsKey("coverageStartTime"));
    }

    private static void assertHasAll(Map<String, Object> data, List<String> properties) {
        for (String property : properties) {
            assertTrue(data.get(property) != null && !"".equals(data.get(property)), property + " missing in " + data);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
