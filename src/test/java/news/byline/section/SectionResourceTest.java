package news.byline.section;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SectionResourceTest {

    @Test
    void navigationHasAllThreeLevelsInPageOrder() {
        given().get("/api/v1/navigation").then().statusCode(200)
                .body("items.label", contains("Home", "News", "Sport", "Weather", "iPlayer", "Sounds", "Bitesize",
                        "CBBC", "CBeebies", "Food"))
                .body("items.findAll { it.frontPage }.label", contains("Home"))
                .body("items.find { it.label == 'News' }.children.findAll { it.frontPage }", org.hamcrest.Matchers.empty())
                .body("items.find { it.label == 'News' }.children.label", contains("Israel-Gaza war", "Cost of Living",
                        "War in Ukraine", "Climate", "UK", "World", "Business", "Politics", "Culture", "Tech", "Science",
                        "Health", "Family & Education", "In Pictures", "Newsbeat", "BBC Verify", "Disability"))
                .body("items.find { it.label == 'News' }.children.find { it.label == 'World' }.children.label",
                        contains("Africa", "Asia", "Australia", "Europe", "Latin America", "Middle East", "US & Canada"))
                .body("items.find { it.label == 'News' }.children.findAll { it.inMoreMenu }.label",
                        contains("Tech", "Science", "Health", "Family & Education", "In Pictures", "Newsbeat", "BBC Verify", "Disability"));
    }

    @Test
    void navigationMarksExternalDestinations() {
        given().get("/api/v1/navigation").then().statusCode(200)
                .body("items.find { it.label == 'iPlayer' }.external", is(true))
                .body("items.find { it.label == 'iPlayer' }.externalUrl", is("https://www.bbc.co.uk/iplayer"))
                .body("items.find { it.label == 'iPlayer' }.path", nullValue())
                .body("items.find { it.label == 'Sounds' }.externalUrl", is("https://www.bbc.co.uk/sounds"))
                .body("items.find { it.label == 'News' }.external", is(false));
    }

    @Test
    void sectionByPathHasChildrenAndBreadcrumb() {
        given().get("/api/v1/sections/news/world").then().statusCode(200)
                .body("name", is("World"))
                .body("parent.path", is("news"))
                .body("children.name", contains("Africa", "Asia", "Australia", "Europe", "Latin America", "Middle East", "US & Canada"))
                .body("breadcrumb.path", contains("news", "news/world"));
    }

    @Test
    void listsSectionsInPathOrder() {
        given().queryParam("pageSize", 100).get("/api/v1/sections").then().statusCode(200)
                .body("meta.total", greaterThanOrEqualTo(34))
                .body("data.path", hasItem("news/world/us-and-canada"))
                .body("data.find { it.path == 'news/world' }.children.path", hasItem("news/world/africa"))
                .body("data.find { it.path == 'news/world/africa' }.breadcrumb.path", contains("news", "news/world", "news/world/africa"))
                .body("data.find { it.path == 'news/world/africa' }.children", empty());
    }

    @Test
    void sectionArticlesIncludeTheWholeSubtree() {
        given().queryParam("pageSize", 100).get("/api/v1/sections/news/world/articles").then().statusCode(200)
                .body("data.section.path", everyItem(startsWith("news/world")))
                .body("data.section.path", hasItem("news/world/africa"))
                .body("data.section.path", hasItem("news/world"));
        given().get("/api/v1/sections/news/world/africa/articles").then().statusCode(200)
                .body("data.slug", hasItem("russian-troops-arrive-in-niger-as-military-agreement-begins"))
                .body("data.section.path", everyItem(is("news/world/africa")));
    }

    @Test
    void externalSectionHasNoArticles() {
        given().get("/api/v1/sections/iplayer/articles").then().statusCode(200).body("data", empty());
    }

    @Test
    void unknownSectionIsNotFound() {
        given().get("/api/v1/sections/news/atlantis").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/sections/news/atlantis/articles").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/sections/news/world").then().body("children.path", not(hasItem("news/atlantis")));
    }
}
