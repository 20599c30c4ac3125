package news.byline.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * openapi.yaml as the conformance check reads it: every object schema closed (a field the document does not
 * name is an error), with allOf inheritance flattened first so that closing a parent does not refuse the
 * fields its children add.
 */
final class StrictDocument {
    private StrictDocument() {
    }

    static ObjectNode read(Path file) {
        try {
            ObjectNode document = (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
            close(document, schemas);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document with every required list removed. */
    static ObjectNode withoutRequired(ObjectNode document) {
        strip(document);
        return document;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("required").isArray()) {
                object.remove("required");
            }
            object.forEach(StrictDocument::strip);
        } else if (node instanceof ArrayNode array) {
            array.forEach(StrictDocument::strip);
        }
    }

    private static void close(JsonNode node, ObjectNode schemas) {
        if (node instanceof ObjectNode object) {
            flattenAllOf(object, schemas);
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.properties().forEach(entry -> close(entry.getValue(), schemas));
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> close(item, schemas));
        }
    }

    /** allOf of referenced object schemas plus own properties becomes one schema with all of them. */
    private static void flattenAllOf(ObjectNode schema, ObjectNode schemas) {
        JsonNode allOf = schema.get("allOf");
        if (allOf == null || !allOf.isArray()) {
            return;
        }
        ObjectNode properties = schema.has("properties") ? (ObjectNode) schema.get("properties") : schema.putObject("properties");
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (JsonNode part : allOf) {
            JsonNode parent = part.has("$ref") ? resolve(part.get("$ref").asText(), schemas) : part;
            flattenAllOf((ObjectNode) parent, schemas);
            for (Iterator<Map.Entry<String, JsonNode>> it = parent.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                if (!properties.has(property.getKey())) {
                    properties.set(property.getKey(), property.getValue().deepCopy());
                }
            }
            parent.path("required").forEach(name -> required.add(name.asText()));
        }
        schema.remove("allOf");
        if (!required.isEmpty()) {
            ArrayNode list = schema.putArray("required");
            required.forEach(list::add);
        }
    }

    private static JsonNode resolve(String ref, ObjectNode schemas) {
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        JsonNode schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalStateException("openapi.yaml refers to a missing schema " + ref);
        }
        return schema;
    }
}
