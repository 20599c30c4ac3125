package news.byline.article;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static news.byline.SeedPageFixture.NIGER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Stories and their summaries are prepared once and read again without the database, until a change to
 * the story or to anything it shows (its author, topic, section, images) makes them stale.
 */
@QuarkusTest
class PreparedArticlesTest {
    private static final String SLUG = "prepared-story";
    private static final String ARTICLE = "/api/v1/articles/" + SLUG;
    private static final String SECTION_LIST = "/api/v1/sections/prepared-desk/articles";

    @Inject
    SessionFactory sessionFactory;

    private static RequestSpecification editor() {
        return given().auth().oauth2(keyFor("editor"));
    }

    /**
     * SQL statements run while answering. The counter is global, so a scheduled job running at the same
     * moment would add to it: the least of three runs is the request's own count.
     */
    private long statements(Runnable request) {
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            sessionFactory.getStatistics().clear();
            request.run();
            least = Math.min(least, sessionFactory.getStatistics().getPrepareStatementCount());
        }
        return least;
    }

    /** A published story in its own section, topic and author, with a lead image and an image in the body. */
    private static void publishStoryWithItsOwnSectionTopicAuthorAndImage() {
        if (given().get(ARTICLE).statusCode() == 200) {
            return;
        }
        editor().contentType(ContentType.JSON).body(Map.of("slug", "prepared-desk", "name", "Prepared desk", "inNavigation", false))
                .post("/api/v1/sections").then().statusCode(201);
        editor().contentType(ContentType.JSON).body(Map.of("slug", "prepared-topic", "name", "Prepared topic"))
                .post("/api/v1/topics").then().statusCode(201);
        editor().contentType(ContentType.JSON).body(Map.of("slug", "prepared-author", "name", "Prepared Author"))
                .post("/api/v1/authors").then().statusCode(201);
        String imageId = editor().contentType(ContentType.JSON).body(Map.of("slug", "prepared-image",
                        "url", "https://images.byline.example/prepared.jpg", "width", 800, "height", 450,
                        "alt", "A prepared image", "caption", "First caption"))
                .post("/api/v1/images").then().statusCode(201).extract().path("id");
        editor().contentType(ContentType.JSON).body(Map.of("slug", SLUG, "type", "story", "headline", "A prepared story",
                        "summary", "Read once, shown many times.", "section", "prepared-desk", "topics", List.of("prepared-topic"),
                        "byline", Map.of("contributors", List.of(Map.of("author", "prepared-author"))),
                        "leadImage", Map.of("imageId", imageId),
                        "body", List.of(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", "Text."))),
                                Map.of("type", "image", "imageId", imageId))))
                .post("/api/v1/articles").then().statusCode(201);
        editor().post(ARTICLE + "/publish").then().statusCode(200);
    }

    @Test
    void aStoryReadOnceIsShownAgainInAnotherFormWithoutTheDatabase() {
        given().get("/api/v1/articles/" + NIGER).then().statusCode(200);
        // Another representation is another cached answer, rendered from the prepared story and summaries.
        Iterator<String> representations = List.of("format=text", "format=html", "fields=slug,body,related").iterator();
        assertEquals(0, statements(() -> given().get("/api/v1/articles/" + NIGER + "?" + representations.next())
                .then().statusCode(200).body("slug", is(NIGER))));
        given().queryParam("pageSize", 9).get("/api/v1/articles").then().statusCode(200);
        // A page among those already shown needs no statement: the total, its ids and their summaries are prepared.
        int[] size = {9};
        assertEquals(0, statements(() -> given().queryParam("pageSize", --size[0]).get("/api/v1/articles")
                .then().statusCode(200)));
    }

    @Test
    void pagesAmongTheKeptFirstStoriesAndBeyondThemAgree() {
        List<String> byHundreds = new ArrayList<>();
        List<String> byFifties = new ArrayList<>();
        for (int page = 1; page <= 3; page++) { // the third page of 100 lies beyond the 200 kept ids
            byHundreds.addAll(given().queryParam("pageSize", 100).queryParam("page", page).get("/api/v1/articles")
                    .then().statusCode(200).extract().<List<String>>path("data.id"));
        }
        for (int page = 1; page <= 6; page++) {
            byFifties.addAll(given().queryParam("pageSize", 50).queryParam("page", page).get("/api/v1/articles")
                    .then().statusCode(200).extract().<List<String>>path("data.id"));
        }
        assertEquals(300, byHundreds.size());
        assertEquals(byHundreds, byFifties);
        assertEquals(300, Set.copyOf(byHundreds).size(), "no story twice");
    }

    @Test
    void aChangeToWhatAStoryShowsReachesItAndTheListsThatShowIt() {
        publishStoryWithItsOwnSectionTopicAuthorAndImage();
        given().get(ARTICLE).then().statusCode(200).body("leadImage.caption", is("First caption"));
        given().get(SECTION_LIST).then().statusCode(200).body("data.byline.contributors[0].name", contains("Prepared Author"));

        editor().contentType("application/merge-patch+json").body(Map.of("name", "Renamed Author"))
                .patch("/api/v1/authors/prepared-author").then().statusCode(200);
        editor().contentType("application/merge-patch+json").body(Map.of("name", "Renamed topic"))
                .patch("/api/v1/topics/prepared-topic").then().statusCode(200);
        editor().contentType("application/merge-patch+json").body(Map.of("name", "Renamed desk"))
                .patch("/api/v1/sections/prepared-desk").then().statusCode(200);
        editor().contentType("application/merge-patch+json").body(Map.of("caption", "Second caption"))
                .patch("/api/v1/images/prepared-image").then().statusCode(200);

        given().queryParam("format", "html").get(ARTICLE).then().statusCode(200)
                .body("byline.contributors[0].name", is("Renamed Author"))
                .body("topics[0].name", is("Renamed topic"))
                .body("section.name", is("Renamed desk"))
                .body("breadcrumb.name", hasItem("Renamed desk"))
                .body("leadImage.caption", is("Second caption"))
                .body("body[1].image.caption", is("Second caption"));
        given().get(SECTION_LIST).then().statusCode(200)
                .body("data.byline.contributors[0].name", contains("Renamed Author"))
                .body("data.topics[0].name", contains("Renamed topic"))
                .body("data.leadImage.caption", contains("Second caption"));
    }

    @Test
    void anUnpublishedStoryIsGoneByIdAndBySlug() {
        publishStoryWithItsOwnSectionTopicAuthorAndImage();
        String id = given().get(ARTICLE).then().statusCode(200).extract().path("id");
        given().get("/api/v1/articles/" + id).then().statusCode(200);
        editor().post(ARTICLE + "/unpublish").then().statusCode(200);
        given().get(ARTICLE).then().statusCode(404);
        given().get("/api/v1/articles/" + id).then().statusCode(404);
        given().get(SECTION_LIST).then().statusCode(200).body("data.size()", is(0));
        editor().post(ARTICLE + "/publish").then().statusCode(200);
        given().get(ARTICLE).then().statusCode(200);
    }
}
