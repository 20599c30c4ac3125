package news.byline.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The root openapi.yaml is the document the application serves, and it documents everything. */
@QuarkusTest
class OpenApiDocumentTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void rootOpenApiYamlMatchesTheServedDocument() throws IOException {
        JsonNode served = YAML.readTree(given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString());
        JsonNode committed = YAML.readTree(Files.readString(Path.of("openapi.yaml")));
        assertTrue(served.equals(committed),
                "openapi.yaml is stale: run ./mvnw package -DskipTests && cp target/openapi/openapi.yaml openapi.yaml");
    }

    @Test
    void theDocumentReadsTopDownWhatTheApiIsAndItsRoutesBeforeTheSchemas() throws IOException {
        List<String> sections = new ArrayList<>();
        YAML.readTree(Files.readString(Path.of("openapi.yaml"))).fieldNames().forEachRemaining(sections::add);
        assertEquals(List.of("openapi", "info"), sections.subList(0, 2), "the document opens with what the API is: " + sections);
        assertTrue(sections.indexOf("paths") < sections.indexOf("components"), "routes before schemas: " + sections);
    }

    @Test
    void everyOperationAndParameterHasADescriptionAndEveryParameterAnExample() throws IOException {
        JsonNode document = YAML.readTree(given().accept("application/yaml").get("/q/openapi").then().extract().asString());
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                if (!operation.getValue().hasNonNull("description") || !operation.getValue().hasNonNull("summary")) {
                    missing.add(where + ": summary/description");
                }
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    // A parameter that cannot be sent with the others' examples says so instead of having one.
                    boolean saysWhyNoExample = parameter.path("description").asText().contains("(No example:");
                    if (!parameter.hasNonNull("description") || !(parameter.hasNonNull("example") || saysWhyNoExample)) {
                        missing.add(where + " " + parameter.path("name").asText() + ": description/example");
                    }
                }
            }
        }
        for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
            JsonNode value = schema.getValue();
            if (!value.hasNonNull("description") || !(value.has("example") || value.has("examples"))) {
                missing.add("schema " + schema.getKey() + ": description/example");
            }
        }
        assertTrue(missing.isEmpty(), "Undocumented: " + missing);
    }
}
