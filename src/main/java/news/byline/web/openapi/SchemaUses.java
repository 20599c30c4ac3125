package news.byline.web.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** Where the schemas of an OpenAPI document are used: in what clients send, or in what they receive. */
final class SchemaUses {
    private static final String COMPONENT = "#/components/schemas/";

    private SchemaUses() {
    }

    static List<Schema> requestBodies(Map<String, PathItem> paths) {
        return operations(paths).filter(o -> o.getRequestBody() != null)
                .flatMap(o -> schemasOf(o.getRequestBody().getContent())).toList();
    }

    static List<Schema> responses(Map<String, PathItem> paths) {
        return operations(paths).filter(o -> o.getResponses() != null)
                .flatMap(o -> o.getResponses().getAPIResponses().values().stream())
                .flatMap(response -> schemasOf(response.getContent())).toList();
    }

    static List<Schema> parameters(Map<String, PathItem> paths) {
        Stream<Parameter> onPaths = paths == null ? Stream.empty() : paths.values().stream()
                .flatMap(item -> item.getParameters() == null ? Stream.empty() : item.getParameters().stream());
        Stream<Parameter> onOperations = operations(paths).flatMap(o -> o.getParameters() == null ? Stream.empty() : o.getParameters().stream());
        return Stream.concat(onPaths, onOperations).map(Parameter::getSchema).filter(Objects::nonNull).toList();
    }

    /** The names of the component schemas these schemas use, directly or through others. */
    static Set<String> reachable(Collection<Schema> roots, Map<String, Schema> components) {
        Set<String> names = new HashSet<>();
        List<Schema> pending = new ArrayList<>(roots);
        while (!pending.isEmpty()) {
            Schema schema = pending.remove(pending.size() - 1);
            nested(schema).forEach(inner -> {
                String ref = inner.getRef();
                if (ref != null && ref.startsWith(COMPONENT)) {
                    String name = ref.substring(COMPONENT.length());
                    if (names.add(name) && components.containsKey(name)) {
                        pending.add(components.get(name));
                    }
                }
            });
        }
        return names;
    }

    /** The schema and every schema inside it (properties, items, compositions), not following references. */
    static List<Schema> nested(Schema schema) {
        List<Schema> all = new ArrayList<>();
        List<Schema> pending = new ArrayList<>(List.of(schema));
        while (!pending.isEmpty()) {
            Schema next = pending.remove(pending.size() - 1);
            all.add(next);
            if (next.getProperties() != null) {
                pending.addAll(next.getProperties().values());
            }
            Stream.of(next.getItems(), next.getAdditionalPropertiesSchema()).filter(Objects::nonNull).forEach(pending::add);
            Stream.of(next.getAllOf(), next.getAnyOf(), next.getOneOf()).filter(Objects::nonNull).forEach(pending::addAll);
        }
        return all;
    }

    private static Stream<Operation> operations(Map<String, PathItem> paths) {
        return paths == null ? Stream.empty() : paths.values().stream().flatMap(item -> item.getOperations().values().stream());
    }

    private static Stream<Schema> schemasOf(Content content) {
        return content == null || content.getMediaTypes() == null ? Stream.empty()
                : content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(Objects::nonNull);
    }
}
