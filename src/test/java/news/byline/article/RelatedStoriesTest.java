package news.byline.article;

import static io.restassured.RestAssured.given;
import static news.byline.SeedPageFixture.NIGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RelatedStoriesTest {

    @Test
    void curatedFirstThenStoriesSharingTopics() {
        JsonPath niger = given().get("/api/v1/articles/" + NIGER).then().statusCode(200).extract().jsonPath();
        List<String> slugs = niger.getList("related.slug");
        assertEquals(6, slugs.size(), "BYLINE_RELATED_COUNT, default 6");
        assertEquals(3, niger.getInt("relatedCurated"), "the first three are the editors' choice");
        assertEquals(List.of("inside-wagners-african-success-story", "why-young-africans-are-celebrating-military-takeovers",
                "is-france-to-blame-for-coups-in-west-africa"), slugs.subList(0, 3));
        Set<String> nigerTopics = Set.copyOf(niger.getList("topics.slug"));
        for (int i = 3; i < slugs.size(); i++) {
            List<String> topics = niger.getList("related[" + i + "].topics.slug");
            assertTrue(topics.stream().anyMatch(nigerTopics::contains), slugs.get(i) + " shares a topic");
        }
        assertFalse(slugs.contains(NIGER), "never the article itself");
        assertFalse(slugs.contains("niger-junta-sets-out-plans-for-a-longer-transition"), "never a draft");
        assertEquals(slugs.size(), Set.copyOf(slugs).size(), "no story twice");
    }

    /** A curated story that is no longer published leaves the list, and the count of curated ones with it. */
    @Test
    void relatedCuratedCountsTheCuratedStoriesShown() {
        var editor = given().auth().oauth2(news.byline.ApiKeysFixture.keyFor("editor"));
        for (String slug : List.of("curated-one", "curated-two", "curating-story")) {
            java.util.Map<String, Object> story = new java.util.HashMap<>(java.util.Map.of("slug", slug, "type", "story",
                    "headline", "Story " + slug, "summary", "S", "section", "news/world/africa", "body", List.of(java.util.Map.of(
                            "type", "paragraph", "content", List.of(java.util.Map.of("type", "text", "text", "Words."))))));
            if (slug.equals("curating-story")) {
                story.put("related", List.of("curated-one", "curated-two"));
            }
            given().auth().oauth2(news.byline.ApiKeysFixture.keyFor("editor")).contentType("application/json").body(story)
                    .post("/api/v1/articles").then().statusCode(201);
            given().auth().oauth2(news.byline.ApiKeysFixture.keyFor("editor")).post("/api/v1/articles/" + slug + "/publish")
                    .then().statusCode(200);
        }
        given().get("/api/v1/articles/curating-story").then().statusCode(200)
                .body("relatedCurated", org.hamcrest.Matchers.is(2))
                .body("related.slug", org.hamcrest.Matchers.contains("curated-one", "curated-two"));
        editor.post("/api/v1/articles/curated-one/unpublish").then().statusCode(200);
        given().get("/api/v1/articles/curating-story").then().statusCode(200)
                .body("relatedCurated", org.hamcrest.Matchers.is(1))
                .body("related[0].slug", org.hamcrest.Matchers.is("curated-two"));
    }

    @Test
    void rareSharedTopicsComeBeforeCommonOnes() {
        JsonPath story = given().get("/api/v1/articles/how-russia-has-rebranded-wagner-in-africa").then().extract().jsonPath();
        List<String> computed = story.getList("related.slug");
        assertFalse(computed.isEmpty());
        // Its topics are russia and africa; africa is on many more stories, so a Russia story comes first.
        assertTrue(story.getList("related[0].topics.slug").contains("russia"));
    }
}
