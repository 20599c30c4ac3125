package news.byline.topic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TopicResourceTest {

    @Test
    void listsTopicsByName() {
        List<String> names = given().queryParam("pageSize", 100).get("/api/v1/topics").then().statusCode(200)
                .body("meta.total", greaterThanOrEqualTo(14))
                .body("data.slug", hasItems("russia", "sahel-islamist-insurgency", "niger", "africa"))
                .extract().jsonPath().getList("data.name");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.naturalOrder());
        assertEquals(sorted, names);
    }

    @Test
    void getsATopicBySlugOrId() {
        String id = given().get("/api/v1/topics/sahel-islamist-insurgency").then().statusCode(200)
                .body("name", is("Sahel Islamist insurgency")).extract().path("id");
        given().get("/api/v1/topics/" + id).then().statusCode(200).body("slug", is("sahel-islamist-insurgency"));
    }

    @Test
    void listsTheTopicsStories() {
        given().queryParam("pageSize", 100).get("/api/v1/topics/sahel-islamist-insurgency/articles").then().statusCode(200)
                .body("data.slug", hasItem("russian-troops-arrive-in-niger-as-military-agreement-begins"))
                .body("data.topics.slug", everyItem(hasItem("sahel-islamist-insurgency")));
    }

    @Test
    void unknownTopicIsNotFound() {
        given().get("/api/v1/topics/knitting").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/topics/knitting/articles").then().statusCode(404);
    }
}
