package news.byline.image;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImageResourceTest {

    @Test
    void servesBothSeedImagesWithCaptionAndCredit() {
        String leadId = given().get("/api/v1/articles/russian-troops-arrive-in-niger-as-military-agreement-begins")
                .then().extract().path("leadImage.id");
        given().get("/api/v1/images/" + leadId).then().statusCode(200)
                .body("caption", is("Niger is among the countries in the Sahel region to have strengthened military ties with Russia"))
                .body("credit", is("Getty Images"))
                .body("width", is(976))
                .body("alt", notNullValue());
        given().get("/api/v1/images/niamey-junta-supporters").then().statusCode(200)
                .body("caption", is("Supporters of Niger’s military leader, Gen Abdourahamane Tchiani, took to the streets of Niamey in September after the coup"))
                .body("credit", is("Getty Images"));
    }

    @Test
    void unknownImageIsNotFound() {
        given().get("/api/v1/images/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
