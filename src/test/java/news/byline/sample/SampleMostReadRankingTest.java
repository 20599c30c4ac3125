package news.byline.sample;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import news.byline.article.Article;
import news.byline.cache.ListKey;
import news.byline.cache.TransactionPurges;
import news.byline.popularity.PageViewBucket;
import org.junit.jupiter.api.Test;

/** Views age out of the Most Read window; the sample content tops them up so the seed ranking holds. */
@QuarkusTest
class SampleMostReadRankingTest {
    private static final String FIRST = "jon-richardson-and-lucy-beaumont-to-divorce";

    @Inject
    SampleContentStartup startup;

    @Inject
    TransactionPurges purges;

    @Test
    void restoresTheSeedRankingAfterViewsAgeOut() {
        QuarkusTransaction.requiringNew().run(() -> {
            Article first = Article.find("slug", FIRST).firstResult();
            // Move the story's views two days back, as if the demo had been running for two days.
            PageViewBucket.update("key.bucketStart = ?1 where key.articleId = ?2",
                    Instant.now().minus(Duration.ofDays(2)), first.id);
            purges.purge(ListKey.MOST_READ); // a bulk update passes by the change tracking that purges cached answers
        });
        given().get("/api/v1/most-read").then().body("data[0].article.slug", not(is(FIRST)));

        startup.keepMostReadRanking();

        given().get("/api/v1/most-read").then()
                .body("data[0].article.slug", is(FIRST))
                .body("data[0].views", is(12000))
                .body("data[1].article.slug", is("rayner-ill-stand-down-if-ive-broken-the-law"));
    }
}
