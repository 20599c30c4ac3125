package news.byline.web;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** PostgreSQL cannot store or compare text with NUL characters: they are refused as bad input everywhere. */
@QuarkusTest
class NulCharacterTest {

    @Test
    void inQueryParametersAndPaths() {
        given().urlEncodingEnabled(false).get("/api/v1/articles?q=niger%00x").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("q"));
        given().urlEncodingEnabled(false).get("/api/v1/articles?topic=russia%00").then().statusCode(400)
                .body("errors[0].field", is("topic"));
        given().urlEncodingEnabled(false).get("/api/v1/articles/niger%00x").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("path"));
    }

    @Test
    void inJsonBodies() {
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON)
                .body("{\"name\":\"Nul\\u0000topic\"}").post("/api/v1/topics").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("name"));
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON)
                .body("{\"name\":\"Fine topic\",\"description\":\"Fine\"}").post("/api/v1/topics").then().statusCode(201);
    }
}
