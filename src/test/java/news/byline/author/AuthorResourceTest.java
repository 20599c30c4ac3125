package news.byline.author;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorResourceTest {

    @Test
    void listsAuthorsByName() {
        given().get("/api/v1/authors").then().statusCode(200)
                .body("meta.total", greaterThanOrEqualTo(14))
                .body("data.slug", hasItem("chris-ewokor"));
    }

    @Test
    void getsAnAuthor() {
        given().get("/api/v1/authors/chris-ewokor").then().statusCode(200)
                .body("name", is("Chris Ewokor"))
                .body("jobTitle", is("Nigeria correspondent"));
    }

    @Test
    void listsTheAuthorsStories() {
        given().get("/api/v1/authors/chris-ewokor/articles").then().statusCode(200)
                .body("data.slug", hasItem("russian-troops-arrive-in-niger-as-military-agreement-begins"))
                .body("data.byline.contributors.slug", everyItem(hasItem("chris-ewokor")));
    }

    @Test
    void unknownAuthorIsNotFound() {
        given().get("/api/v1/authors/nobody").then().statusCode(404).contentType("application/problem+json");
    }
}
