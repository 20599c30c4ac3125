package news.byline.web.problem;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every problem type URI an answer carries resolves to what it means. */
@QuarkusTest
class ProblemTypesTest {

    @Test
    void theCatalogueListsEveryTypeAndEachResolves() {
        List<String> listed = given().get("/problems").then().statusCode(200).extract().path("data.type");
        assertEquals(Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList(), listed);
        for (ProblemType type : ProblemType.values()) {
            given().get(type.uri()).then().statusCode(200).body("title", is(type.title())).body("status", is(type.status()));
        }
        given().get("/problems/no-such-problem").then().statusCode(404).body("type", is("/problems/not-found"));
    }

    @Test
    void theTypesOfRealAnswersResolveToTheirTitleAndStatus() {
        List<Response> answers = List.of(
                given().get("/api/v1/articles?pageSize=0"),
                given().get("/api/v1/articles/no-such-story"),
                given().get("/no/such/route"),
                given().get("/api/v1/keys"),
                given().auth().oauth2(keyFor("contributor")).contentType(ContentType.JSON).body(Map.of("name", "x"))
                        .post("/api/v1/topics"),
                given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON).body("{\"name\": ").post("/api/v1/topics"),
                given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON).body(Map.of("name", "x", "id", "y"))
                        .post("/api/v1/topics"));
        for (Response answer : answers) {
            String type = answer.then().contentType("application/problem+json").extract().path("type");
            given().get(type).then().statusCode(200).body("status", is(answer.statusCode()))
                    .body("title", is(answer.<String>path("title")));
        }
    }
}
