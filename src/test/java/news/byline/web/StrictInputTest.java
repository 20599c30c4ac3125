package news.byline.web;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import news.byline.web.json.MergePatch;
import org.junit.jupiter.api.Test;

/** Inputs the contract fuzzing found answered with 500s or silently coerced: each is a clear 400 now. */
@QuarkusTest
class StrictInputTest {

    private static RequestSpecification editor() {
        return given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON);
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedNotCoerced() {
        editor().body("{\"slug\":12345,\"name\":\"Numbered\"}").post("/api/v1/topics").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("slug"));
        editor().body("{\"name\":false}").post("/api/v1/topics").then().statusCode(400).body("errors[0].field", is("name"));
        editor().body("{\"name\":\"Levels\",\"description\":1.5}").post("/api/v1/topics").then().statusCode(400)
                .body("errors[0].field", is("description"));
    }

    @Test
    void aMergePatchThatIsNotAnObjectIsA400() {
        for (String patch : new String[] {"null", "[]", "\"text\"", "42"}) {
            given().auth().oauth2(keyFor("editor")).contentType(MergePatch.MEDIA_TYPE).body(patch)
                    .patch("/api/v1/topics/niger").then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void anEmptyFieldSetIsA400() {
        for (String fields : new String[] {"", ",", " "}) {
            given().queryParam("fields", fields).get("/api/v1/articles").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", is("fields"));
            given().queryParam("fields", fields).get("/api/v1/articles/russian-troops-arrive-in-niger-as-military-agreement-begins")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }
}
