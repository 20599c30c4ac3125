package news.byline.popularity;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static news.byline.SeedPageFixture.NIGER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MostReadResourceTest {

    @Inject
    PopularityService popularity;

    @Inject
    ViewCounter counter;

    @Test
    void ranksExactlyAsTheSeedPage() {
        given().get("/api/v1/most-read").then().statusCode(200)
                .body("meta.window", is("24h"))
                .body("data.rank", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
                .body("data.article.headline", contains(
                        "Jon Richardson and Lucy Beaumont to divorce",
                        "Rayner: I’ll stand down if I’ve broken the law",
                        "Drug boss ordered to hand over £3.5m",
                        "UK laser weapon could be sent to Ukraine war zone",
                        "Kingsmills massacre a planned IRA attack – inquest",
                        "Ex-Post Office boss regrets ‘subbies with their hand in the till’ email",
                        "Threat of Iran attack on Israel is ‘real’ – US",
                        "MoD official took £70,000 in secret payments",
                        "Brightest-ever explosion’s mystery of missing gold",
                        "Unpaid carers shocked at having to repay thousands"));
    }

    @Test
    void sixthIsTheSameStoryAsTheSecondTopStory() {
        String topStory = given().get("/api/v1/collections/top-stories").then().extract().path("items[1].article.id");
        given().get("/api/v1/most-read").then().body("data[5].article.id", is(topStory));
    }

    @Test
    void limitsAndFiltersBySection() {
        given().queryParam("limit", 3).get("/api/v1/most-read").then().statusCode(200).body("data", hasSize(3));
        given().queryParam("section", "news/science").get("/api/v1/most-read").then().statusCode(200)
                .body("data.article.section.path", everyItem(startsWith("news/science")))
                .body("data[0].article.headline", is("Brightest-ever explosion’s mystery of missing gold"));
    }

    @Test
    void rejectsBadWindowLimitAndSection() {
        given().queryParam("window", "forever").get("/api/v1/most-read").then().statusCode(400).body("errors[0].field", is("window"));
        given().queryParam("window", "31d").get("/api/v1/most-read").then().statusCode(400).body("errors[0].field", is("window"));
        given().queryParam("limit", 0).get("/api/v1/most-read").then().statusCode(400).body("errors[0].field", is("limit"));
        given().queryParam("section", "nowhere").get("/api/v1/most-read").then().statusCode(404);
    }

    @Test
    void beaconCountsAClientOncePerArticleForAWhile() {
        UUID id = UUID.fromString(given().get("/api/v1/articles/" + NIGER).then().extract().path("id"));
        long before = popularity.viewsInWindow(id, Duration.ofHours(1));
        given().header("X-Forwarded-For", "198.51.100.1").post("/api/v1/articles/" + NIGER + "/views").then().statusCode(204);
        given().header("X-Forwarded-For", "198.51.100.1").contentType("text/plain").body("ignored")
                .post("/api/v1/articles/" + id + "/views").then().statusCode(204);
        counter.flush();
        assertEquals(before + 1, popularity.viewsInWindow(id, Duration.ofHours(1)), "a repeat does not count");
        given().header("X-Forwarded-For", "198.51.100.1").header("User-Agent", "a-new-disguise")
                .post("/api/v1/articles/" + NIGER + "/views").then().statusCode(204);
        counter.flush();
        assertEquals(before + 1, popularity.viewsInWindow(id, Duration.ofHours(1)), "nor does a new User-Agent");
        given().header("X-Forwarded-For", "198.51.100.2").post("/api/v1/articles/" + NIGER + "/views").then().statusCode(204);
        counter.flush();
        assertEquals(before + 2, popularity.viewsInWindow(id, Duration.ofHours(1)), "another client does");
    }

    @Test
    void concurrentBeaconsAreCountedInMemoryAndWrittenAsOneUpdate() throws Exception {
        UUID id = UUID.fromString(given().get("/api/v1/articles/" + NIGER).then().extract().path("id"));
        counter.flush();
        long before = popularity.viewsInWindow(id, Duration.ofHours(1));
        ExecutorService readers = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int reader = 0; reader < 200; reader++) {
            String address = "203.0.113." + reader;
            answers.add(readers.submit(() -> given().header("X-Forwarded-For", address)
                    .post("/api/v1/articles/" + NIGER + "/views").statusCode()));
        }
        for (Future<Integer> answer : answers) {
            assertEquals(204, answer.get());
        }
        readers.shutdown();
        assertEquals(before, popularity.viewsInWindow(id, Duration.ofHours(1)), "nothing written before the flush");
        int rows = counter.flush();
        assertTrue(rows >= 1 && rows <= 2, "one bucket row (two if the hour turned): " + rows);
        assertEquals(before + 200, popularity.viewsInWindow(id, Duration.ofHours(1)));
        assertEquals(0, counter.flush(), "nothing left to write");
    }

    @Test
    void viewsOfAStoryDeletedBeforeTheFlushDoNotBlockTheOthers() {
        String editor = keyFor("editor");
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("slug", "read-then-deleted", "type", "story",
                        "headline", "Read then deleted", "summary", "Gone soon", "section", "news/uk",
                        "body", List.of(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", "Gone."))))))
                .post("/api/v1/articles").then().statusCode(201);
        given().auth().oauth2(editor).post("/api/v1/articles/read-then-deleted/publish").then().statusCode(200);
        UUID niger = UUID.fromString(given().get("/api/v1/articles/" + NIGER).then().extract().path("id"));
        counter.flush();
        long before = popularity.viewsInWindow(niger, Duration.ofHours(1));
        given().header("X-Forwarded-For", "198.51.100.99").post("/api/v1/articles/read-then-deleted/views").then().statusCode(204);
        given().header("X-Forwarded-For", "198.51.100.99").post("/api/v1/articles/" + NIGER + "/views").then().statusCode(204);
        given().auth().oauth2(editor).delete("/api/v1/articles/read-then-deleted").then().statusCode(204);
        counter.flush();
        assertEquals(before + 1, popularity.viewsInWindow(niger, Duration.ofHours(1)));
        assertEquals(0, counter.flush(), "the deleted story's views were dropped, not kept to fail again");
    }

    @Test
    void acceptsIsoWindows() {
        long day = given().queryParam("window", "P1D").get("/api/v1/most-read").then().statusCode(200)
                .extract().jsonPath().getLong("data[0].views");
        long hours = given().queryParam("window", "24h").get("/api/v1/most-read").then().extract().jsonPath().getLong("data[0].views");
        assertEquals(hours, day);
        given().queryParam("window", "PT1H").get("/api/v1/most-read").then().statusCode(200);
        given().queryParam("window", "P7D").get("/api/v1/most-read").then().statusCode(200);
        given().queryParam("window", "P31D").get("/api/v1/most-read").then().statusCode(400).body("errors[0].field", is("window"));
    }

    @Test
    void beaconForUnknownArticleIsNotFound() {
        given().post("/api/v1/articles/no-such-story/views").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void longerWindowCountsAtLeastAsManyViews() {
        long day = given().get("/api/v1/most-read").then().extract().jsonPath().getLong("data[0].views");
        long week = given().queryParam("window", "7d").get("/api/v1/most-read").then().extract().jsonPath().getLong("data[0].views");
        org.junit.jupiter.api.Assertions.assertTrue(week >= day);
    }
}
