package news.byline.transfer;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.byline.article.Article;
import news.byline.domain.Actor;
import news.byline.sample.SampleContentStartupAccess;
import news.byline.topic.Topic;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportExportTest {
    private static final String MIXED = String.join("\n",
            "{\"kind\":\"topic\",\"data\":{\"slug\":\"imported-topic\",\"name\":\"Imported topic\"}}",
            "{\"kind\":\"topic\",\"data\":{\"slug\":\"nameless\",\"name\":\"\"}}",
            "{\"kind\":\"topic\",\"data\":{\"slug\":",
            "{\"kind\":\"podcast\",\"data\":{\"slug\":\"x\"}}",
            "{\"kind\":\"article\",\"data\":{\"slug\":\"lost-story\",\"type\":\"story\",\"headline\":\"Lost\",\"summary\":\"Lost\","
                    + "\"section\":\"news/atlantis\",\"body\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}]}]}}",
            "",
            "{\"kind\":\"article\",\"data\":{\"slug\":\"imported-story\",\"type\":\"analysis\",\"headline\":\"Imported story\","
                    + "\"summary\":\"From another system\",\"section\":\"news/world/africa\",\"topics\":[\"imported-topic\"],"
                    + "\"body\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Words from elsewhere.\"}]}],"
                    + "\"related\":[\"imported-follow-up\"]},"
                    + "\"state\":{\"status\":\"published\",\"publishedAt\":\"2024-04-12T09:31:00Z\",\"firstPublishedAt\":\"2024-04-11T08:00:00Z\"}}",
            "{\"kind\":\"article\",\"data\":{\"slug\":\"imported-follow-up\",\"type\":\"story\",\"headline\":\"Imported follow-up\","
                    + "\"summary\":\"Later\",\"section\":\"news/world/africa\","
                    + "\"body\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"More.\"}]}]},"
                    + "\"state\":{\"status\":\"published\",\"publishedAt\":\"2024-04-13T09:31:00Z\",\"firstPublishedAt\":\"2024-04-13T09:31:00Z\"}}",
            "{\"kind\":\"author\",\"data\":{\"name\":\"Imported Reporter\"}}");

    @Inject
    ImportService imports;

    @Inject
    ExportService exports;

    private static Response importFile(String ndjson) {
        return given().auth().oauth2(keyFor("editor")).contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/api/v1/import");
    }

    @Test
    void importsGoodLinesAndReportsEveryBadOne() {
        importFile(MIXED).then().statusCode(200)
                .body("completed", is(true))
                .body("lines", is(8))
                .body("created", is(4))
                .body("rejected.line", contains(2, 3, 4, 5))
                .body("rejected.status", contains(400, 400, 422, 422))
                .body("rejected[0].errors[0].field", is("name"))
                .body("rejected[3].errors[0].field", is("section"));
        given().get("/api/v1/articles/imported-story").then().statusCode(200)
                .body("firstPublishedAt", is("2024-04-11T08:00:00Z"))
                .body("topics.slug", contains("imported-topic"))
                .body("related.slug", contains("imported-follow-up"));
        given().get("/api/v1/topics/nameless").then().statusCode(404);

        importFile(MIXED).then().statusCode(200).body("created", is(0)).body("updated", is(4));
        given().auth().oauth2(keyFor("editor")).get("/api/v1/articles/imported-story/revisions").then().statusCode(200)
                .body("meta.total", is(1)); // importing the same story again changes nothing, so adds no revision
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Topic.count("slug", "imported-topic")));
    }

    @Test
    void renamingATopicAndEditingItsStoryInOneImportKeepsBoth() {
        String story = "{\"kind\":\"article\",\"data\":{\"slug\":\"renamed-topic-story\",\"type\":\"story\",\"headline\":\"%s\","
                + "\"summary\":\"S\",\"section\":\"news/uk\",\"topics\":[\"rename-me\"],"
                + "\"body\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Body.\"}]}]},"
                + "\"state\":{\"status\":\"published\",\"publishedAt\":\"2024-04-12T09:31:00Z\"}}";
        importFile("{\"kind\":\"topic\",\"data\":{\"slug\":\"rename-me\",\"name\":\"Quillwort\"}}\n"
                + String.format(story, "First headline")).then().statusCode(200).body("rejected", hasSize(0));
        importFile("{\"kind\":\"topic\",\"data\":{\"slug\":\"rename-me\",\"name\":\"Bladderwrack\"}}\n"
                + String.format(story, "Second headline")).then().statusCode(200).body("updated", is(2));
        given().get("/api/v1/articles/renamed-topic-story").then().statusCode(200)
                .body("headline", is("Second headline")).body("topics[0].name", is("Bladderwrack"));
        given().queryParam("q", "bladderwrack").get("/api/v1/articles").then().body("data.slug", contains("renamed-topic-story"));
    }

    @Test
    void storiesNamedByNeitherIdNorSlugLinkTheirRelatedStoriesAfterABatchIsRedone() {
        String story = "{\"kind\":\"article\",\"data\":{\"type\":\"story\",\"headline\":\"%s\",\"summary\":\"S\","
                + "\"section\":\"%s\",\"related\":[%s],"
                + "\"body\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Body.\"}]}]},"
                + "\"state\":{\"status\":\"published\",\"publishedAt\":\"2024-04-12T09:31:00Z\"}}";
        // The third line fails its batch, which is then redone line by line: the first story gets a new id.
        importFile(String.join("\n", String.format(story, "Unslugged lead", "news/uk", "\"unslugged-follow-up\""),
                String.format(story, "Unslugged follow-up", "news/uk", ""),
                String.format(story, "Unslugged stray", "news/nowhere", ""))).then().statusCode(200)
                .body("completed", is(true)).body("created", is(2)).body("rejected.line", contains(3));
        given().get("/api/v1/articles/unslugged-lead").then().statusCode(200)
                .body("related.slug", contains("unslugged-follow-up"));
    }

    @Test
    void aBrokenStreamKeepsWholeLinesAndSaysWhereItStopped() {
        String good = "{\"kind\":\"topic\",\"data\":{\"slug\":\"before-the-break\",\"name\":\"Before the break\"}}\n";
        InputStream breaking = new SequenceInputStream(new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset");
                    }
                });
        ImportReport report = imports.run(breaking, new Actor("test", true));
        assertFalse(report.completed());
        assertEquals(2, report.stoppedAtLine());
        assertEquals(1, report.created());
        given().get("/api/v1/topics/before-the-break").then().statusCode(200);
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedAndTheNextOneStillImported() {
        String endless = "{\"kind\":\"topic\",\"data\":{\"slug\":\"endless\",\"name\":\""
                + "x".repeat(ImportService.MAX_LINE_CHARS) + "\"}}\r\n";
        String after = "{\"kind\":\"topic\",\"data\":{\"slug\":\"after-the-endless-line\",\"name\":\"After\"}}\r\n";
        ImportReport report = imports.run(new ByteArrayInputStream((endless + after).getBytes(StandardCharsets.UTF_8)),
                new Actor("test", true));
        assertTrue(report.completed());
        assertEquals(1, report.created());
        assertEquals(1, report.rejected().size());
        assertEquals(413, report.rejected().get(0).status());
        assertEquals("topic", report.rejected().get(0).kind());
        given().get("/api/v1/topics/after-the-endless-line").then().statusCode(200);
        given().get("/api/v1/topics/endless").then().statusCode(404);
    }

    /** What is written while an export runs is not in it: the export reads one snapshot. */
    @Test
    void anExportIsASnapshot() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        OutputStream meanwhile = new FilterOutputStream(written) {
            private boolean changed;

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (!changed) { // once the export has begun: a topic is added, another deleted
                    changed = true;
                    QuarkusTransaction.requiringNew().run(() -> {
                        persistTopic("born-during-the-export");
                        Topic.delete("slug", "gone-during-the-export");
                    });
                }
                super.write(bytes, offset, length);
            }
        };
        QuarkusTransaction.requiringNew().run(() -> persistTopic("gone-during-the-export"));
        exports.export(meanwhile);
        String export = written.toString(StandardCharsets.UTF_8);
        assertTrue(export.contains("\"gone-during-the-export\""), "deleted after the export began: still in it");
        assertFalse(export.contains("\"born-during-the-export\""), "added after the export began: not in it");
        assertTrue(export.contains("\"kind\":\"collection\""), "the export ran to the end");
    }

    private static void persistTopic(String slug) {
        Topic topic = new Topic();
        topic.id = UUID.randomUUID();
        topic.slug = slug;
        topic.name = slug;
        topic.updatedAt = Instant.now();
        topic.persist();
    }

    @Test
    void exportNeedsAnEditorKey() {
        given().get("/api/v1/export").then().statusCode(401);
        given().auth().oauth2(keyFor("contributor")).get("/api/v1/export").then().statusCode(403);
    }

    /** Export, empty the database, import the export, export again: the same content, line for line. */
    @Test
    void anExportImportsIntoAnEmptyDatabaseAsTheSameContent() {
        String before = export();
        List<String> lines = before.lines().toList();
        assertTrue(lines.size() > 350, "the whole sample content is exported");
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"status\":\"draft\"")), "drafts are exported too");

        QuarkusTransaction.requiringNew().run(ContentWiper::wipe);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Article.count()));

        importFile(before).then().statusCode(200).body("completed", is(true)).body("rejected.size()", is(0));
        assertEquals(before, export());
        SampleContentStartupAccess.restoreMostRead();
    }

    private static String export() {
        return given().auth().oauth2(keyFor("editor")).get("/api/v1/export").then().statusCode(200)
                .contentType("application/x-ndjson").header("Cache-Control", is("private, no-store")).extract().asString();
    }
}
