package news.byline.event;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Follows the public change feed as a client would: page by page, by nextToken. */
final class ChangeFeedReader {

    private ChangeFeedReader() {
    }

    /** The feed's head: the token after every change so far. */
    static String head() {
        String token = null;
        boolean more = true;
        while (more) {
            JsonPath page = given().queryParam("limit", 500).queryParam("since", token)
                    .get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            token = page.getString("meta.nextToken");
            more = page.getBoolean("meta.more");
        }
        return token;
    }

    /** Every change after the token, following nextToken in pages of {@code pageSize}. */
    static List<Map<String, Object>> changesSince(String token, int pageSize) {
        List<Map<String, Object>> changes = new ArrayList<>();
        boolean more = true;
        while (more) {
            JsonPath page = given().queryParam("since", token).queryParam("limit", pageSize).get("/api/v1/changes")
                    .then().statusCode(200).extract().jsonPath();
            changes.addAll(page.getList("data"));
            token = page.getString("meta.nextToken");
            more = page.getBoolean("meta.more");
        }
        return changes;
    }
}
