package news.byline.article.editorial;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static news.byline.SeedPageFixture.NIGER;
import static news.byline.SeedPageFixture.NIGER_HEADLINE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import news.byline.article.Article;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleEditingTest {

    @Inject
    ScheduledPublisher publisher;

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(keyFor(role));
    }

    private static Map<String, Object> article(String slug, String headline) {
        return Map.of("slug", slug, "type", "story", "headline", headline,
                "summary", "A summary of " + headline, "section", "news/world/africa",
                "topics", List.of("niger", "russia"),
                "byline", Map.of("text", "By Chris Ewokor", "contributors", List.of(Map.of("author", "chris-ewokor", "location", "Abuja"))),
                "body", List.of(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", "First words of " + headline)))));
    }

    private static void create(String role, Map<String, Object> article) {
        as(role).contentType(ContentType.JSON).body(article).post("/api/v1/articles").then().statusCode(201);
    }

    @Test
    void aNewArticleIsADraftOnlyItsEditorsCanPreview() {
        as("contributor").contentType(ContentType.JSON).body(article("contributor-draft", "Contributor draft"))
                .post("/api/v1/articles").then().statusCode(201)
                .header("Location", containsString("/api/v1/articles/"))
                .body("status", is("draft"))
                .body("publishedAt", nullValue())
                .body("topics.slug", contains("niger", "russia"))
                .body("byline.contributors[0].location", is("Abuja"));
        given().get("/api/v1/articles/contributor-draft").then().statusCode(404);
        given().get("/api/v1/articles/contributor-draft?preview=true").then().statusCode(404);
        as("contributor").get("/api/v1/articles/contributor-draft?preview=true").then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("status", is("draft"));
        as("editor").get("/api/v1/articles/contributor-draft?preview=true&format=html").then().statusCode(200)
                .body("bodyHtml", containsString("First words"));
        given().auth().oauth2(ApiKeysFixtureSecondContributor.key()).get("/api/v1/articles/contributor-draft?preview=true")
                .then().statusCode(404);
        given().get("/api/v1/articles?pageSize=100").then().body("data.slug", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("contributor-draft")));
    }

    @Test
    void aBodyAsReadCanBeWrittenBackAndOnlyItsReferencesAreStored() {
        String imageId = given().get("/api/v1/images/niger-russia-flags").then().extract().path("id");
        String storyId = given().get("/api/v1/articles/" + NIGER).then().extract().path("id");
        List<Map<String, Object>> references = List.of(Map.of("type", "image", "imageId", imageId, "caption", "Flags"),
                Map.of("type", "storyLink", "articleId", storyId));
        create("editor", with(article("read-and-written", "Read and written"), "body", references));
        List<Map<String, Object>> read = as("editor").get("/api/v1/articles/read-and-written?preview=true").then().statusCode(200)
                .body("body[0].image.id", is(imageId)).body("body[1].headline", is(NIGER_HEADLINE))
                .extract().jsonPath().getList("body");
        as("editor").contentType(ContentType.JSON).body(with(article("read-and-written", "Read and written"), "body", read))
                .put("/api/v1/articles/read-and-written").then().statusCode(200)
                .body("body[0].caption", is("Flags")).body("body[1].url", containsString(NIGER));
        as("editor").get("/api/v1/articles/read-and-written/revisions/2").then().statusCode(200)
                .body("snapshot.body[0]", is(Map.of("type", "image", "imageId", imageId, "caption", "Flags")))
                .body("snapshot.body[1]", is(Map.of("type", "storyLink", "articleId", storyId)));
    }

    @Test
    void checksEveryReferenceAndBlock() {
        Map<String, Object> base = article("checked", "Checked");
        expect422(with(base, "section", "news/atlantis"), "section");
        expect422(with(base, "section", "iplayer"), "section");
        expect422(with(base, "topics", List.of("niger", "knitting")), "topics[1]");
        expect422(with(base, "byline", Map.of("contributors", List.of(Map.of("author", "nobody")))), "byline.contributors[0].author");
        expect422(with(base, "related", List.of("no-such-story")), "related[0]");
        expect422(with(base, "leadImage", Map.of("imageId", "00000000-0000-0000-0000-000000000000")), "leadImage.imageId");
        expect422(with(base, "body", List.of(Map.of("type", "paragraph", "content", List.of()))), "body[0].content");
        expect422(with(base, "body", List.of(
                Map.of("type", "quote", "text", "Fine"),
                Map.of("type", "paragraph", "content", List.of(Map.of("type", "link", "text", "click", "href", "javascript:alert(1)"))))),
                "body[1].content[0].href");
        for (String href : List.of("jav&#x61;script:alert(1)", "//evil.example/")) {
            expect422(with(base, "body", List.of(Map.of("type", "paragraph", "content", List.of(
                    Map.of("type", "link", "text", "click", "href", href))))), "body[0].content[0].href");
        }
        expect422(with(base, "body", List.of(Map.of("type", "heading", "level", 1, "text", "Too big"))), "body[0].level");
        expect422(with(base, "body", List.of(Map.of("type", "image", "imageId", "00000000-0000-0000-0000-000000000000"))), "body[0].imageId");
        expect422(with(base, "body", List.of(Map.of("type", "video", "url", "https://example.com"))), "body[0]");
        as("editor").contentType(ContentType.JSON).body(with(base, "status", "published")).post("/api/v1/articles").then()
                .statusCode(400).body("errors[0].field", is("status"));
        as("editor").contentType(ContentType.JSON).body(with(base, "headline", " ")).post("/api/v1/articles").then()
                .statusCode(400).body("errors[0].field", is("headline"));
        as("editor").contentType(ContentType.JSON).body(with(base, "type", "poem")).post("/api/v1/articles").then()
                .statusCode(400).body("errors[0].field", is("type"));
        given().get("/api/v1/articles/checked?preview=true").then().statusCode(404);
        as("editor").get("/api/v1/articles/checked?preview=true").then().statusCode(404);
    }

    @Test
    void movesThroughTheWorkflow() {
        create("editor", article("workflow-story", "Workflow story"));
        as("editor").post("/api/v1/articles/workflow-story/publish").then().statusCode(200)
                .body("status", is("published")).body("firstPublishedAt", notNullValue());
        String first = given().get("/api/v1/articles/workflow-story").then().statusCode(200).extract().path("firstPublishedAt");
        as("editor").post("/api/v1/articles/workflow-story/publish").then().statusCode(409);
        as("editor").post("/api/v1/articles/workflow-story/unpublish").then().statusCode(200).body("status", is("draft"));
        given().get("/api/v1/articles/workflow-story").then().statusCode(404);
        as("editor").post("/api/v1/articles/workflow-story/publish").then().statusCode(200);
        given().get("/api/v1/articles/workflow-story").then().statusCode(200).body("firstPublishedAt", is(first));
        as("editor").post("/api/v1/articles/workflow-story/archive").then().statusCode(200).body("status", is("archived"));
        given().get("/api/v1/articles/workflow-story").then().statusCode(404);
        as("editor").post("/api/v1/articles/workflow-story/archive").then().statusCode(409);
    }

    @Test
    void schedulingPublishesWhenTheTimeComesEvenIfItWasMissed() {
        create("editor", article("scheduled-story", "Scheduled story"));
        as("editor").contentType(ContentType.JSON).body(Map.of("publishAt", "2001-01-01T00:00:00Z"))
                .post("/api/v1/articles/scheduled-story/schedule").then().statusCode(422).body("errors[0].field", is("publishAt"));
        String at = Instant.now().plusSeconds(5).toString();
        as("editor").contentType(ContentType.JSON).body(Map.of("publishAt", at))
                .post("/api/v1/articles/scheduled-story/schedule").then().statusCode(200)
                .body("status", is("scheduled")).body("publishAt", notNullValue());
        given().get("/api/v1/articles/scheduled-story").then().statusCode(404);
        publisher.publishDue(Instant.now().plusSeconds(60)); // a run after the time, as after a restart
        given().get("/api/v1/articles/scheduled-story").then().statusCode(200).body("publishedAt", notNullValue());
    }

    @Test
    void aScheduledStoryAnotherInstanceIsPublishingIsSkippedAndTheOthersStillGoOut() throws InterruptedException {
        for (String slug : List.of("scheduled-elsewhere", "scheduled-here")) {
            create("editor", article(slug, "Scheduled " + slug));
            as("editor").contentType(ContentType.JSON).body(Map.of("publishAt", Instant.now().plusSeconds(5).toString()))
                    .post("/api/v1/articles/" + slug + "/schedule").then().statusCode(200);
        }
        UUID elsewhere = UUID.fromString(as("editor").get("/api/v1/articles/scheduled-elsewhere?preview=true").then().extract().path("id"));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread otherInstance = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            Article.getEntityManager().find(Article.class, elsewhere, LockModeType.PESSIMISTIC_WRITE);
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        otherInstance.start();
        assertTrue(locked.await(10, TimeUnit.SECONDS));

        publisher.publishDue(Instant.now().plusSeconds(60));
        release.countDown();
        otherInstance.join();
        given().get("/api/v1/articles/scheduled-here").then().statusCode(200);
        given().get("/api/v1/articles/scheduled-elsewhere").then().statusCode(404);

        publisher.publishDue(Instant.now().plusSeconds(60));
        given().get("/api/v1/articles/scheduled-elsewhere").then().statusCode(200);
    }

    /** A malformed patch must not tell a contributor that a draft they may not see exists. */
    @Test
    void aPatchToADraftOneMayNotSeeIs404WhateverItHolds() {
        create("editor", article("editors-secret-draft", "Editor's secret draft"));
        for (String slug : List.of("editors-secret-draft", "no-such-story")) {
            as("contributor").contentType("application/merge-patch+json").body("{")
                    .patch("/api/v1/articles/" + slug).then().statusCode(404);
        }
    }

    @Test
    void contributorsTouchOnlyTheirOwnDrafts() {
        create("contributor", article("own-draft", "Own draft"));
        as("contributor").post("/api/v1/articles/own-draft/publish").then().statusCode(403);
        as("contributor").contentType(ContentType.JSON).body(article("own-draft", "Own draft, edited"))
                .put("/api/v1/articles/own-draft").then().statusCode(200).body("headline", is("Own draft, edited"));
        as("contributor").contentType("application/merge-patch+json").body("{\"summary\":\"Changed\"}")
                .patch("/api/v1/articles/russian-troops-arrive-in-niger-as-military-agreement-begins").then().statusCode(403);
        given().auth().oauth2(ApiKeysFixtureSecondContributor.key()).contentType("application/merge-patch+json")
                .body("{\"summary\":\"Not mine\"}").patch("/api/v1/articles/own-draft").then().statusCode(404);
        as("contributor").delete("/api/v1/articles/own-draft").then().statusCode(204);
    }

    @Test
    void anUnrelatedPublishDoesNotFailAnEditButAConcurrentEditDoes() {
        create("editor", article("edited-while-others-publish", "Edited while others publish"));
        as("editor").post("/api/v1/articles/edited-while-others-publish/publish").then().statusCode(200);
        String read = as("editor").get("/api/v1/articles/edited-while-others-publish?preview=true").then().statusCode(200)
                .extract().header("ETag");
        // A story on the same topics changes what the first one shows (its related stories), not the story itself.
        create("editor", article("published-meanwhile", "Published meanwhile"));
        as("editor").post("/api/v1/articles/published-meanwhile/publish").then().statusCode(200);
        given().get("/api/v1/articles/edited-while-others-publish").then().body("related.slug", hasItem("published-meanwhile"));

        String written = as("editor").contentType("application/merge-patch+json").header("If-Match", read)
                .body("{\"summary\":\"Edited after an unrelated publish\"}")
                .patch("/api/v1/articles/edited-while-others-publish").then().statusCode(200).extract().header("ETag");
        as("editor").get("/api/v1/articles/edited-while-others-publish?preview=true").then().header("ETag", is(written));
        as("editor").contentType("application/merge-patch+json").header("If-Match", read).body("{\"summary\":\"Lost\"}")
                .patch("/api/v1/articles/edited-while-others-publish").then().statusCode(412)
                .contentType("application/problem+json");
        as("editor").contentType("application/merge-patch+json").header("If-Match", written).body("{\"summary\":\"Kept\"}")
                .patch("/api/v1/articles/edited-while-others-publish").then().statusCode(200).body("summary", is("Kept"));
        String publicTag = given().get("/api/v1/articles/edited-while-others-publish").then().extract().header("ETag");
        as("editor").header("If-Match", publicTag).post("/api/v1/articles/edited-while-others-publish/unpublish")
                .then().statusCode(200); // the tag of the public read still names the current state
    }

    @Test
    void keepsRevisionsAndRestoresThem() {
        create("editor", article("revised-story", "Original headline"));
        String etag = as("editor").get("/api/v1/articles/revised-story?preview=true").then().extract().header("ETag");
        as("editor").contentType("application/merge-patch+json").header("If-Match", etag).body("{\"headline\":\"Second headline\"}")
                .patch("/api/v1/articles/revised-story").then().statusCode(200).body("headline", is("Second headline"));
        as("editor").contentType("application/merge-patch+json").header("If-Match", etag).body("{\"headline\":\"Lost headline\"}")
                .patch("/api/v1/articles/revised-story").then().statusCode(412);
        as("editor").post("/api/v1/articles/revised-story/publish").then().statusCode(200);
        as("editor").get("/api/v1/articles/revised-story/revisions").then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("data.number", contains(3, 2, 1))
                .body("data.summary", contains("published", "updated", "created"));
        as("editor").get("/api/v1/articles/revised-story/revisions/1").then().statusCode(200)
                .body("snapshot.headline", is("Original headline"));
        as("editor").post("/api/v1/articles/revised-story/revisions/1/restore").then().statusCode(200)
                .body("headline", is("Original headline")).body("status", is("published"));
        as("editor").get("/api/v1/articles/revised-story/revisions").then()
                .body("data[0].summary", is("restored revision 1")).body("meta.total", is(4));
        given().get("/api/v1/articles/revised-story/revisions").then().statusCode(401);
        as("editor").get("/api/v1/articles/revised-story/revisions/99").then().statusCode(404);
    }

    @Test
    void deletesOnlyWhatNothingRefersTo() {
        as("editor").delete("/api/v1/articles/inside-wagners-african-success-story").then().statusCode(409)
                .body("detail", containsString("russian-troops-arrive-in-niger-as-military-agreement-begins"));
        String id = as("editor").contentType(ContentType.JSON).body(article("doomed-story", "Doomed story"))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        as("editor").delete("/api/v1/articles/doomed-story").then().statusCode(204);
        as("editor").get("/api/v1/articles/doomed-story?preview=true").then().statusCode(404);
        List<String> trail = QuarkusTransaction.requiringNew().call(() -> ArticleRevision.<ArticleRevision>find(
                "key.articleId = ?1 order by key.number", UUID.fromString(id)).stream().map(r -> r.summary + " by " + r.createdBy).toList());
        assertEquals(2, trail.size(), "the audit trail outlives the article: " + trail);
        assertTrue(trail.get(1).startsWith("deleted by "), trail.toString());
    }

    /** A contributor learns nothing of drafts they may not see: referring to one fails as for a missing slug. */
    @Test
    void aDraftOneMayNotSeeIsAsMissingInReferencesAndUnnamedInDeleteRefusals() {
        String draftId = as("editor").contentType(ContentType.JSON).body(article("hidden-draft-referred-to", "Hidden draft"))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        String asDraft = as("contributor").contentType(ContentType.JSON)
                .body(with(article("refers-to-a-draft", "Refers to a draft"), "related", List.of("hidden-draft-referred-to")))
                .post("/api/v1/articles").then().statusCode(422).body("errors[0].field", is("related[0]"))
                .extract().path("errors[0].message");
        String asMissing = as("contributor").contentType(ContentType.JSON)
                .body(with(article("refers-to-a-draft", "Refers to a draft"), "related", List.of("no-story-has-this-slug")))
                .post("/api/v1/articles").then().statusCode(422).extract().path("errors[0].message");
        assertEquals(asMissing.replace("no-story-has-this-slug", "hidden-draft-referred-to"), asDraft);
        Map<String, Object> link = Map.of("type", "paragraph", "content", List.of(
                Map.of("type", "link", "text", "the draft", "articleId", draftId)));
        as("contributor").contentType(ContentType.JSON).body(with(article("links-to-a-draft", "Links to a draft"), "body", List.of(link)))
                .post("/api/v1/articles").then().statusCode(422).body("errors[0].field", startsWith("body[0]"));
        as("editor").contentType(ContentType.JSON)
                .body(with(article("an-editor-refers-to-a-draft", "An editor refers to a draft"), "related", List.of("hidden-draft-referred-to")))
                .post("/api/v1/articles").then().statusCode(201);
        as("editor").delete("/api/v1/articles/hidden-draft-referred-to").then().statusCode(409)
                .body("detail", containsString("unpublished articles"))
                .body("detail", not(containsString("an-editor-refers-to-a-draft")));
    }

    @Test
    void aPublishedChangeMovesUpdatedAtButNotFirstPublishedAt() {
        String before = given().get("/api/v1/articles/is-france-to-blame-for-coups-in-west-africa").then().extract().path("updatedAt");
        String first = given().get("/api/v1/articles/is-france-to-blame-for-coups-in-west-africa").then().extract().path("firstPublishedAt");
        as("editor").contentType("application/merge-patch+json").body("{\"summary\":\"A new standfirst.\"}")
                .patch("/api/v1/articles/is-france-to-blame-for-coups-in-west-africa").then().statusCode(200);
        given().get("/api/v1/articles/is-france-to-blame-for-coups-in-west-africa").then()
                .body("summary", is("A new standfirst."))
                .body("firstPublishedAt", is(first));
        String after = given().get("/api/v1/articles/is-france-to-blame-for-coups-in-west-africa").then().extract().path("updatedAt");
        assertNotEquals(before, after);
    }

    private static void expect422(Map<String, Object> body, String field) {
        as("editor").contentType(ContentType.JSON).body(body).post("/api/v1/articles").then()
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", is(field));
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    /** A second contributor, to show that one contributor cannot see another's drafts. */
    static final class ApiKeysFixtureSecondContributor {
        private static String key;

        static synchronized String key() {
            if (key == null) {
                key = given().auth().oauth2(news.byline.ApiKeysFixture.ADMIN).contentType(ContentType.JSON)
                        .body(Map.of("name", "second contributor", "role", "contributor"))
                        .post("/api/v1/keys").then().statusCode(201).extract().path("key");
            }
            return key;
        }
    }
}
