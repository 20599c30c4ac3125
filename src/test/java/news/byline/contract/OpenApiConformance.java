package news.byline.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks every response a test receives against the root openapi.yaml: its status must be documented for the
 * operation, its content type among those documented for that status, and a JSON body must match the
 * documented schema exactly (no undocumented field, no null where none is allowed, every required field).
 * A request for a sparse field set ({@code fields=}) may leave required fields out.
 */
public final class OpenApiConformance implements Filter {
    static final Path DOCUMENT_FILE = Path.of("openapi.yaml");
    private static final String BASE = "https://byline.test/openapi.json";
    /** Set to a file name to collect violations there instead of failing (while bringing the document up to date). */
    private static final String REPORT = System.getProperty("conformance.report");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final ObjectNode document;
    private final SchemaRegistry registry;
    /** The same document without required: a sparse field set leaves fields out on purpose. */
    private final SchemaRegistry sparseRegistry;
    private final List<Operation> operations;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    OpenApiConformance() {
        document = StrictDocument.read(DOCUMENT_FILE);
        try {
            ObjectMapper json = new ObjectMapper();
            registry = registryOf(json.writeValueAsString(document));
            sparseRegistry = registryOf(json.writeValueAsString(StrictDocument.withoutRequired(document.deepCopy())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(method -> METHODS.contains(method.getKey()))
                .forEach(method -> operations.add(Operation.of(path.getKey(), method.getKey()))));
    }

    private static SchemaRegistry registryOf(String json) {
        return SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder.schemas(Map.of(BASE, json)));
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        Response answer = context.next(request, response);
        URI uri = URI.create(request.getURI());
        boolean compressed = answer.header("Content-Encoding") != null
                && request.getConfig().getDecoderConfig().contentDecoders().isEmpty();
        String type = Optional.ofNullable(answer.contentType()).map(t -> t.split(";")[0].strip().toLowerCase(Locale.ROOT)).orElse("");
        List<String> violations = violations(request.getMethod(), uri, answer.statusCode(), type,
                compressed ? "" : answer.asString());
        if (!violations.isEmpty()) {
            String message = request.getMethod() + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " → " + answer.statusCode() + ": " + String.join("; ", violations);
            if (REPORT == null) {
                throw new AssertionError("The answer breaks openapi.yaml: " + message);
            }
            report(message);
        }
        return answer;
    }

    /** What breaks the document in this answer; an empty body is not checked (HEAD, or compressed bytes). */
    List<String> violations(String method, URI uri, int status, String type, String body) {
        // Matched as the server routes it: decoded, without dot segments or a trailing slash.
        String path = uri.normalize().getPath().replaceAll("(.)/+$", "$1");
        if (!path.startsWith("/api/") && !path.startsWith("/sitemap")) {
            return List.of(); // Swagger UI, health, metrics, the demo: not this document's routes
        }
        Optional<Operation> operation = operations.stream()
                .filter(o -> o.method.equalsIgnoreCase(method.equals("HEAD") ? "GET" : method) && o.pattern.matcher(path).matches())
                .max(Comparator.comparingInt(Operation::literalCharacters));
        if (operation.isEmpty()) {
            // No route, no such method, or refused before routing: a bad character in the path (400), a write
            // without a key (401); or OPTIONS.
            boolean noSuchRoute = status == 404 || status == 405 || status == 400 || status == 401 || method.equals("OPTIONS");
            return noSuchRoute ? List.of() : List.of("no operation " + method + " " + path + " in the document");
        }
        Operation o = operation.get();
        String pointer = "/paths/" + escape(o.template) + "/" + o.method;
        JsonNode responses = document.at(pointer + "/responses");
        String code = String.valueOf(status);
        if (!responses.has(code)) {
            return List.of("status " + status + " is not documented (documented: "
                    + String.join(", ", (Iterable<String>) responses::fieldNames) + ")");
        }
        JsonNode content = responses.get(code).path("content");
        if (body.isEmpty() || method.equals("HEAD")) {
            return List.of();
        }
        if (content.isMissingNode() || content.isEmpty()) {
            return List.of("a body (" + type + ") where the document has none");
        }
        if (!content.has(type)) {
            return List.of("content type " + type + " is not documented (documented: "
                    + String.join(", ", (Iterable<String>) content::fieldNames) + ")");
        }
        if (!(type.equals("application/json") || type.endsWith("+json")) || !content.get(type).has("schema")) {
            return List.of();
        }
        boolean sparse = uri.getRawQuery() != null && uri.getRawQuery().matches("(^|.*&)fields=.*");
        String at = pointer + "/responses/" + code + "/content/" + escape(type) + "/schema";
        Schema schema = schemas.computeIfAbsent((sparse ? "sparse:" : "") + at,
                key -> (sparse ? sparseRegistry : registry).getSchema(SchemaLocation.of(BASE + "#" + at)));
        return schema.validate(body, InputFormat.JSON).stream()
                .map(error -> error + " (" + error.getSchemaLocation().getFragment() + ")").distinct().limit(20)
                .collect(Collectors.toList());
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private static synchronized void report(String violation) {
        try {
            Files.writeString(Path.of(REPORT), violation + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A documented operation: its path template as a pattern. */
    private record Operation(String template, String method, Pattern pattern, int literalCharacters) {
        private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");

        static Operation of(String template, String method) {
            StringBuilder regex = new StringBuilder();
            int literal = 0;
            int from = 0;
            for (var parameter = PARAMETER.matcher(template); parameter.find(); from = parameter.end()) {
                // A section path holds slashes; any other parameter is one segment.
                String segments = parameter.group().equals("{path}") ? "(.+)" : "([^/]+)";
                regex.append(Pattern.quote(template.substring(from, parameter.start()))).append(segments);
                literal += parameter.start() - from;
            }
            regex.append(Pattern.quote(template.substring(from)));
            literal += template.length() - from;
            return new Operation(template, method, Pattern.compile(regex.toString()), literal);
        }
    }
}
