package news.byline.web.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.byline.web.problem.ProblemException;

/**
 * A sparse field set (`fields=headline,summary,leadImage.url`): top-level names, optionally with one nested
 * name after a dot. Unknown top-level names are a 400 that lists the valid ones.
 */
public final class FieldSelection {
    private final Map<String, Set<String>> fields;

    /** What a field set looks like, for the document: names (parent.child), comma-separated. */
    public static final String PATTERN = "^[A-Za-z., ]*[A-Za-z][A-Za-z., ]*$";

    private FieldSelection(Map<String, Set<String>> fields) {
        this.fields = fields;
    }

    /** The selection asked for, or null when the parameter is absent (everything); a null valid list accepts any name. */
    public static FieldSelection parse(String raw, List<String> valid) {
        if (raw == null) {
            return null;
        }
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        for (String field : raw.split(",")) {
            String name = field.trim();
            if (name.isEmpty()) {
                continue;
            }
            String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            if (valid != null && !valid.contains(top)) {
                throw ProblemException.invalidParameter("fields", "unknown field '" + top + "'; valid fields: " + String.join(", ", valid));
            }
            Set<String> nested = fields.computeIfAbsent(top, k -> new LinkedHashSet<>());
            if (name.contains(".")) {
                nested.add(name.substring(name.indexOf('.') + 1));
            } else {
                nested.add("*");
            }
        }
        if (fields.isEmpty()) {
            throw ProblemException.invalidParameter("fields", "must name at least one field");
        }
        return new FieldSelection(fields);
    }

    public boolean wants(String field) {
        return fields.containsKey(field);
    }

    /** Keeps only the selected fields of an item, or of each item of a list envelope's data. */
    public void prune(JsonNode node, boolean envelope) {
        if (envelope) {
            node.path("data").forEach(this::pruneItem);
        } else {
            pruneItem(node);
        }
    }

    private void pruneItem(JsonNode item) {
        if (!(item instanceof ObjectNode object)) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            Set<String> nested = fields.get(entry.getKey());
            if (nested == null) {
                entries.remove();
            } else if (!nested.contains("*")) {
                keepOnly(entry.getValue(), nested);
            }
        }
    }

    private static void keepOnly(JsonNode value, Set<String> names) {
        if (value instanceof ArrayNode array) {
            array.forEach(element -> keepOnly(element, names));
        } else if (value instanceof ObjectNode object) {
            object.retain(names);
        }
    }

    @Override
    public String toString() {
        return Arrays.toString(fields.keySet().toArray());
    }
}
