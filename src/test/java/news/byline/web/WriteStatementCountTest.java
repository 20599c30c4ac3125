package news.byline.web;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
    /** Statements an import of ten published stories may spend fetching blocks of event ids. */
    /**
     * What the global counter may add around an import besides its own work: the next block of event ids, the
     * key's last use (noted once a minute) and event sequencing after commit. A query per named reference
     * would add at least 50 (ten stories naming five more of each), far beyond it.
     */
    private static final int IMPORT_NOISE = 6;
    /**
     * Stories on an export page (ExportService's page size), and what one more page may cost whatever it holds:
     * the stories and their bodies, then batches of 100 (batch fetching) for topics, contributors, their
     * authors, related stories and their slugs: at most 2 + 5 × 5.
     */
    private static final int EXPORT_PAGE = 500;
    private static final int MAX_EXPORT_PAGE_STATEMENTS = 27;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ObjectMapper json;

    @Inject
    Scheduler scheduler;

    /** Scheduled work (sequencing catch-up, webhook ticks) would add its statements to the global count. */
    @BeforeEach
    void pauseScheduledWork() {
        scheduler.pause();
    }

    @AfterEach
    void resumeScheduledWork() {
        scheduler.resume();
    }

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
        statementsToImport(ndjson("import-warm-up", 10, topics, authors, stories, 1)); // first-use lookups and caches
        long tenNamingOne = Math.min(statementsToImport(ndjson("import-one", 10, topics, authors, stories, 1)),
                statementsToImport(ndjson("import-one-again", 10, topics, authors, stories, 1)));
        long tenNamingSix = Math.min(statementsToImport(ndjson("import-six", 10, topics, authors, stories, 6)),
                statementsToImport(ndjson("import-six-again", 10, topics, authors, stories, 6)));
        long fortyNamingSix = statementsToImport(ndjson("import-forty", 40, topics, authors, stories, 6));
        System.out.printf("SQL statements import of 10 stories naming 1 of each: %d, naming 6: %d; of 40 naming 6: %d%n",
                tenNamingOne, tenNamingSix, fortyNamingSix);
        assertTrue(Math.abs(tenNamingSix - tenNamingOne) <= IMPORT_NOISE,
                "an import grows with the references its stories name: " + tenNamingOne + " and " + tenNamingSix);
        assertTrue(fortyNamingSix <= 40 * MAX_IMPORT_STATEMENTS_PER_STORY, "40 stories ran " + fortyNamingSix + " statements");
    }

    @Test
    void anExportPageCostsTheSameWhateverItHolds() throws Exception {
        Export before = export();
        statementsToImport(ndjson("export-filler", 30, slugs("/api/v1/topics"), slugs("/api/v1/authors"), List.of(), 3));
        Export after = export();
        System.out.printf("SQL statements export of %d article pages: %d, with 30 more stories (%d pages): %d%n",
                before.articlePages(), before.statements(), after.articlePages(), after.statements());
        if (before.articlePages() == after.articlePages()) {
            assertEquals(before.statements(), after.statements(), "an export grows with the stories on a page");
        } else {
            assertTrue(after.statements() - before.statements() <= MAX_EXPORT_PAGE_STATEMENTS,
                    "one more page of stories ran " + (after.statements() - before.statements()) + " statements");
        }
    }

    /** What an export cost, and how many pages of stories it read. */
    private record Export(long statements, int articlePages) {
    }

    /** The fewer of two exports: what a write just before set going in the background (events, streams) adds to neither twice. */
    private Export export() {
        String[] body = new String[1];
        Runnable export = () -> body[0] = editor().get("/api/v1/export").then().statusCode(200).extract().asString();
        long statements = Math.min(counted(export), counted(export));
        long articles = body[0].lines().filter(line -> line.startsWith("{\"kind\":\"article\"")).count();
        return new Export(statements, (int) ((articles + EXPORT_PAGE - 1) / EXPORT_PAGE));
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
