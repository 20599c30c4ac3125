package news.byline.live;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A live page's posts as RSS, Atom and JSON Feed: newest first, linking to each post, following edits and deletes. */
@QuarkusTest
class LiveFeedTest {

    @Test
    void theFeedsListThePostsNewestFirstAndFollowChanges() {
        String page = LiveFixture.publishedPage("live-feed");
        String older = LiveFixture.publish(page, "Older post");
        String newer = LiveFixture.publish(page, "Newer post");
        String feed = "/api/v1/articles/" + page + "/live/feed/";
        given().get("/api/v1/articles/" + page + "/live").then().body("links.feed", containsString(feed + "rss"));
        given().get(feed + "rss").then().statusCode(200).contentType(startsWith("application/rss+xml"))
                .body("rss.channel.item[0].title", is("Newer post")).body("rss.channel.item[1].title", is("Older post"))
                .body("rss.channel.item[0].link", containsString("#post-" + newer));
        given().get(feed + "atom").then().statusCode(200).contentType(startsWith("application/atom+xml"))
                .body("feed.entry.size()", is(2));
        given().get(feed + "json").then().statusCode(200).body("items.url", hasItem(containsString("#post-" + older)))
                .body("title", containsString("Live: " + page));
        String etag = given().auth().oauth2(news.byline.ApiKeysFixture.keyFor("editor"))
                .get("/api/v1/articles/" + page + "/live/posts/" + older + "?preview=true").then().extract().header("ETag");
        given().auth().oauth2(news.byline.ApiKeysFixture.keyFor("editor")).header("If-Match", etag)
                .delete("/api/v1/articles/" + page + "/live/posts/" + older).then().statusCode(204);
        given().get(feed + "json").then().body("items.url", not(hasItem(containsString("#post-" + older))));
        given().get(feed + "xml").then().statusCode(404);
        given().get("/api/v1/articles/russian-troops-arrive-in-niger-as-military-agreement-begins/live/feed/rss").then().statusCode(404);
    }
}
