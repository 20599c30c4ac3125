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

    @Test
    void rareSharedTopicsComeBeforeCommonOnes() {
        JsonPath story = given().get("/api/v1/articles/how-russia-has-rebranded-wagner-in-africa").then().extract().jsonPath();
        List<String> computed = story.getList("related.slug");
        assertFalse(computed.isEmpty());
        // Its topics are russia and africa; africa is on many more stories, so a Russia story comes first.
        assertTrue(story.getList("related[0].topics.slug").contains("russia"));
    }
}
