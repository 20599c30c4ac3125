package news.byline.feed;

import static io.restassured.RestAssured.given;
import static news.byline.SeedPageFixture.NIGER;
import static news.byline.SeedPageFixture.NIGER_HEADLINE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeedResourceTest {
    private static final String DRAFT = "niger-junta-sets-out-plans-for-a-longer-transition";

    private static SyndFeed parse(Response response) throws Exception {
        return new SyndFeedInput().build(new StringReader(response.asString()));
    }

    @Test
    void rssParsesBackWithTheLatestStories() throws Exception {
        Response response = given().get("/api/v1/feeds/rss");
        response.then().statusCode(200).contentType(startsWith("application/rss+xml"))
                .header("ETag", notNullValue()).header("Last-Modified", notNullValue())
                .header("Cache-Control", containsString("public"));
        SyndFeed feed = parse(response);
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals(FeedService.ITEMS, feed.getEntries().size());
        SyndEntry niger = feed.getEntries().stream().filter(e -> e.getTitle().equals(NIGER_HEADLINE)).findFirst().orElseThrow();
        assertTrue(niger.getLink().startsWith("https://") && niger.getLink().endsWith("/" + NIGER));
        assertEquals("http://localhost:8081/api/v1/images/" + given().get("/api/v1/images/niger-russia-flags").then().extract().path("id")
                + "/file", niger.getEnclosures().get(0).getUrl(), "the sample picture is stored in Byline");
        assertEquals(List.of("Russia", "Sahel Islamist insurgency", "Niger", "Africa"),
                niger.getCategories().stream().map(c -> c.getName()).toList());
        assertTrue(feed.getEntries().stream().noneMatch(e -> e.getLink().endsWith(DRAFT)), "no drafts");
        given().header("If-None-Match", response.header("ETag")).get("/api/v1/feeds/rss").then().statusCode(304);
    }

    @Test
    void atomParsesBackPerSectionTopicAndAuthor() throws Exception {
        SyndFeed section = parse(given().get("/api/v1/feeds/atom?section=news/world").then().statusCode(200)
                .contentType(startsWith("application/atom+xml")).extract().response());
        assertEquals("atom_1.0", section.getFeedType());
        assertTrue(section.getTitle().endsWith("World"));
        assertTrue(section.getEntries().stream().anyMatch(e -> e.getTitle().equals(NIGER_HEADLINE)));
        assertTrue(section.getEntries().stream().allMatch(e -> e.getUpdatedDate() != null && e.getPublishedDate() != null));

        SyndFeed author = parse(given().get("/api/v1/feeds/atom?author=kathryn-armstrong").then().statusCode(200).extract().response());
        assertEquals(List.of(NIGER_HEADLINE), author.getEntries().stream().map(SyndEntry::getTitle).toList());
        SyndFeed topic = parse(given().get("/api/v1/feeds/rss?topic=sahel-islamist-insurgency").then().statusCode(200).extract().response());
        assertTrue(topic.getEntries().stream().anyMatch(e -> e.getTitle().equals(NIGER_HEADLINE)));
    }

    @Test
    void jsonFeedFollowsVersionOnePointOne() {
        given().get("/api/v1/feeds/json?topic=niger").then().statusCode(200)
                .contentType(startsWith("application/feed+json"))
                .body("version", is("https://jsonfeed.org/version/1.1"))
                .body("feed_url", containsString("/api/v1/feeds/json"))
                .body("items.title", hasItem(NIGER_HEADLINE))
                .body("items.url", everyItem(startsWith("https://")))
                .body("items.url", not(hasItem(containsString(DRAFT))))
                .body("items.find { it.title == '" + NIGER_HEADLINE + "' }.authors[0].name",
                        is("By Chris Ewokor in Abuja & Kathryn Armstrong in London"));
        given().accept("application/json").get("/api/v1/feeds/json").then().statusCode(200)
                .contentType(startsWith("application/feed+json"))
                .body("version", is("https://jsonfeed.org/version/1.1"));
    }

    @Test
    void unknownFormatsAndScopesAreProblems() {
        given().get("/api/v1/feeds/rdf").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/feeds/rss?section=news/atlantis").then().statusCode(404);
        given().get("/api/v1/feeds/rss?colour=red").then().statusCode(400);
    }
}
