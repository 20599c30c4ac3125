package news.byline.web;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Writes and bulk transfers cost statements per kind of reference, not per reference: a save looks its
 * topics, contributors and related stories up one query a kind; an import's statements grow with its lines,
 * never with what each line names; an export reads a page of stories with a fixed number of statements.
 */
@QuarkusTest
class WriteStatementCountTest {
    /** What saving one story costs at most, whatever it names (see the printed figures). */
    private static final int MAX_SAVE_STATEMENTS = 20;
    /** What one imported story costs at most, within a batch. */
    private static final int MAX_IMPORT_STATEMENTS_PER_STORY = 12;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ObjectMapper json;

    @Test
    void aSaveCostsTheSameForOneOrSixOfEachReference() throws Exception {
        List<String> topics = slugs("/api/v1/topics");
        List<String> authors = slugs("/api/v1/authors");
        List<String> stories = slugs("/api/v1/articles");
        String id = editor().contentType(ContentType.JSON).body(story("Counted save", topics, authors, stories, 1))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        long one = statementsToSave(id, story("Counted save", topics, authors, stories, 1));
        editor().contentType(ContentType.JSON).body(story("Counted save", topics, authors, stories, 6))
                .put("/api/v1/articles/" + id).then().statusCode(200);
        long six = statementsToSave(id, story("Counted save", topics, authors, stories, 6));
        System.out.printf("SQL statements save with 1 topic/contributor/related: %d, with 6 of each: %d%n", one, six);
        assertEquals(one, six, "a save grows with the references it names");
        assertTrue(six <= MAX_SAVE_STATEMENTS, "a save runs " + six + " statements");
    }

    @Test
    void anImportGrowsWithItsStoriesNotWithWhatTheyName() throws Exception {
        List<String> topics = slugs("/api/v1/topics");
        List<String> authors = slugs("/api/v1/authors");
        List<String> stories = slugs("/api/v1/articles");
        long tenNamingOne = statementsToImport(ndjson("import-one", 10, topics, authors, stories, 1));
        long tenNamingSix = statementsToImport(ndjson("import-six", 10, topics, authors, stories, 6));
        long fortyNamingSix = statementsToImport(ndjson("import-forty", 40, topics, authors, stories, 6));
        System.out.printf("SQL statements import of 10 stories naming 1 of each: %d, naming 6: %d; of 40 naming 6: %d%n",
                tenNamingOne, tenNamingSix, fortyNamingSix);
        assertEquals(tenNamingOne, tenNamingSix, "an import grows with the references its stories name");
        assertTrue(fortyNamingSix <= 40 * MAX_IMPORT_STATEMENTS_PER_STORY, "40 stories ran " + fortyNamingSix + " statements");
    }

    @Test
    void anExportPageCostsTheSameWhateverItHolds() throws Exception {
        long before = statementsToExport();
        statementsToImport(ndjson("export-filler", 30, slugs("/api/v1/topics"), slugs("/api/v1/authors"), List.of(), 3));
        long after = statementsToExport();
        System.out.printf("SQL statements export: %d, with 30 more stories: %d%n", before, after);
        assertEquals(before, after, "an export grows with the stories on a page");
    }

    /** The fewer of two saves of the same content: the first may also fill caches that the response reads. */
    private long statementsToSave(String id, String body) {
        Runnable save = () -> editor().contentType(ContentType.JSON).body(body).put("/api/v1/articles/" + id).then().statusCode(200);
        return Math.min(counted(save), counted(save));
    }

    private long statementsToImport(String ndjson) {
        return counted(() -> editor().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import").then().statusCode(200).body("rejected", empty()));
    }

    private long statementsToExport() {
        return counted(() -> editor().get("/api/v1/export").then().statusCode(200));
    }

    private long counted(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    private String ndjson(String prefix, int count, List<String> topics, List<String> authors, List<String> stories,
                          int each) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("kind", "article");
            Map<String, Object> data = json.readValue(story(prefix + " " + i, topics, authors, stories, each), Map.class);
            data.put("slug", prefix + "-" + i);
            line.put("data", data);
            line.put("state", Map.of("status", "published", "publishedAt", "2020-01-01T00:00:00Z",
                    "firstPublishedAt", "2020-01-01T00:00:00Z"));
            lines.add(json.writeValueAsString(line));
        }
        return String.join("\n", lines);
    }

    /** A story naming {@code each} topics, contributors and related stories (fewer if there are fewer). */
    private String story(String headline, List<String> topics, List<String> authors, List<String> stories, int each)
            throws Exception {
        Map<String, Object> story = new LinkedHashMap<>();
        story.put("type", "story");
        story.put("headline", headline);
        story.put("summary", "Counted");
        story.put("section", "news/world");
        story.put("topics", topics.subList(0, Math.min(each, topics.size())));
        story.put("byline", Map.of("contributors", authors.subList(0, Math.min(each, authors.size())).stream()
                .map(slug -> Map.of("author", slug)).toList()));
        story.put("related", stories.subList(0, Math.min(each, stories.size())));
        story.put("body", List.of(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", headline)))));
        return json.writeValueAsString(story);
    }

    private static List<String> slugs(String route) {
        return given().queryParam("pageSize", 6).get(route).then().statusCode(200).extract().jsonPath().getList("data.slug");
    }

    private static io.restassured.specification.RequestSpecification editor() {
        return given().auth().oauth2(keyFor("editor"));
    }
}
