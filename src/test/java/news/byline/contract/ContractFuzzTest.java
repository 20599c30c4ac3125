package news.byline.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import net.jqwik.api.sessions.JqwikSession;
import news.byline.ApiKeysFixture;
import org.junit.jupiter.api.Test;

/**
 * Contract fuzzing: every operation of openapi.yaml, sent generated values (jqwik, seeded) in its path,
 * query, If-Match header and body, without a key and with an admin key. No answer may be a 5xx, every
 * error must be problem+json with a status the document gives the operation (the conformance check runs on
 * each answer), no body may carry a stack trace, and nothing may be logged at ERROR. Runs on a fresh
 * database of its own (a test profile), so that what it writes cannot disturb other tests.
 */
@QuarkusTest
@TestProfile(ContractFuzzTest.Fuzzing.class)
class ContractFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261130L);
    private static final int CASES_PER_OPERATION = Integer.getInteger("fuzz.cases", 12);
    private static final Pattern STACK_TRACE = Pattern.compile("\\bat [a-z][\\w$.]+\\([\\w$]+\\.java:\\d+\\)|Exception:|\\.java:\\d+");

    public static class Fuzzing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("byline.webhooks.allow-private-targets", "false");
        }
    }

    @Test
    void noOperationAnswers5xxAnUndocumentedStatusOrAStackTraceWhateverItIsSent() throws IOException {
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(OpenApiConformance.DOCUMENT_FILE.toFile());
        JqwikSession.start(String.valueOf(SEED)); // jqwik's generators, outside a jqwik property
        FuzzValues values = new FuzzValues(SEED);
        ErrorLog errors = ErrorLog.attach();
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int cases = 0;
        int unsendable = 0;
        try {
            for (var path : document.path("paths").properties()) {
                for (var method : path.getValue().properties()) {
                    operations++;
                    for (String key : new String[] {null, ApiKeysFixture.ADMIN}) {
                        for (int i = 0; i < CASES_PER_OPERATION; i++, cases++) {
                            List<String> found = null;
                            while (found == null) {
                                found = send(FuzzCase.of(document, path.getKey(), method.getKey(), method.getValue(), values), key);
                                unsendable += found == null ? 1 : 0;
                            }
                            failures.addAll(found);
                        }
                    }
                }
            }
        } finally {
            errors.detach();
            JqwikSession.finish();
        }
        System.out.printf("Contract fuzzing (seed %d): %d operations, %d cases, %d failures, %d ERROR log lines"
                + " (%d cases RestAssured could not send were drawn again)%n",
                SEED, operations, cases, failures.size(), errors.records.size(), unsendable);
        assertEquals(List.of(), failures.stream().limit(30).toList(), failures.size() + " of " + cases + " cases failed");
        assertEquals(List.of(), errors.records.stream().limit(10).toList(), "nothing is logged at ERROR");
    }

    /** The failures a case found, or null when the client could not send it. */
    private static List<String> send(FuzzCase fuzz, String key) {
        RequestSpecification request = given().urlEncodingEnabled(false);
        if (key != null) {
            request.auth().oauth2(key);
        }
        fuzz.headers().forEach(request::header);
        if (fuzz.contentType() != null) {
            fuzz.body().accept(request.contentType(fuzz.contentType()));
        }
        String what = fuzz.method().toUpperCase(Locale.ROOT) + " " + fuzz.target() + (key == null ? "" : " (admin)");
        Response answer;
        try {
            answer = request.request(fuzz.method(), fuzz.target());
        } catch (AssertionError broken) { // the conformance check
            return List.of(what + ": " + broken.getMessage());
        } catch (ArrayIndexOutOfBoundsException clientSide) {
            // RestAssured cannot log some query strings (a decoded value of only '=' signs): nothing was sent
            if (Arrays.stream(clientSide.getStackTrace()).anyMatch(frame -> frame.getMethodName().contains("RequestUriForLogging"))) {
                return null;
            }
            throw clientSide;
        }
        List<String> failures = new ArrayList<>();
        int status = answer.statusCode();
        String body = answer.asString();
        if (status >= 500) {
            failures.add(what + " → " + status + " " + body);
        }
        if (status >= 400 && !String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
            failures.add(what + " → " + status + " as " + answer.contentType());
        }
        if (STACK_TRACE.matcher(body).find()) {
            failures.add(what + " → a stack trace in the body");
        }
        return failures;
    }

    /** One generated request for an operation. */
    record FuzzCase(String method, String target, Map<String, String> headers, String contentType,
                    java.util.function.Consumer<RequestSpecification> body) {

        static FuzzCase of(JsonNode document, String template, String method, JsonNode operation, FuzzValues values) {
            String target = template;
            StringBuilder query = new StringBuilder();
            Map<String, String> headers = new java.util.HashMap<>();
            for (JsonNode parameter : operation.path("parameters")) {
                String name = parameter.path("name").asText();
                switch (parameter.path("in").asText()) {
                    case "path" -> target = target.replace("{" + name + "}", encode(values.text()));
                    case "query" -> {
                        if (values.chance(0.5)) {
                            query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(encode(values.text()));
                        }
                    }
                    case "header" -> {
                        if (values.chance(0.5)) {
                            headers.put(name, values.text().replaceAll("[\\p{Cntrl}\\x{80}-\\x{10FFFF}]", ""));
                        }
                    }
                    default -> {
                    }
                }
            }
            if (values.chance(0.1)) {
                query.append(query.isEmpty() ? "?" : "&").append(encode(values.text())).append('=').append(encode(values.text()));
            }
            JsonNode content = operation.path("requestBody").path("content");
            if (content.isMissingNode() || content.isEmpty()) {
                return new FuzzCase(method, target + query, headers, null, request -> { });
            }
            List<String> types = new ArrayList<>();
            content.fieldNames().forEachRemaining(types::add);
            String type = values.oneOf(types);
            List<String> fields = fieldsOf(document, content.path(type).path("schema"));
            return new FuzzCase(method, target + query, headers, type, body(type, fields, values));
        }

        private static java.util.function.Consumer<RequestSpecification> body(String type, List<String> fields, FuzzValues values) {
            if (type.equals("multipart/form-data")) {
                byte[] file = values.bytes(2048);
                String alt = values.text();
                return request -> request.multiPart("file", "upload.bin", file, values.oneOf(List.of("image/png", "image/jpeg", "text/plain")))
                        .multiPart("alt", alt.isEmpty() ? " " : alt);
            }
            if (type.equals("application/x-ndjson")) {
                StringBuilder lines = new StringBuilder();
                for (int i = 0; i < 3; i++) {
                    Map<String, Object> line = new java.util.LinkedHashMap<>();
                    line.put("kind", values.oneOf(List.of("topic", "article", "author", "section", "image", "collection", "unknown")));
                    line.put("data", values.json(3));
                    lines.append(values.chance(0.5) ? json(line) : values.text()).append('\n');
                }
                byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
                return request -> request.body(bytes);
            }
            if (type.equals("application/x-www-form-urlencoded")) {
                String form = values.text();
                return request -> request.body(form);
            }
            byte[] bytes;
            if (type.endsWith("json")) {
                bytes = jsonBody(fields, values).getBytes(StandardCharsets.UTF_8);
            } else {
                bytes = values.text().getBytes(StandardCharsets.UTF_8);
            }
            return request -> request.body(bytes);
        }

        private static String jsonBody(List<String> fields, FuzzValues values) {
            return switch ((int) (values.json(0) instanceof String ? 0 : 1) + (values.chance(0.5) ? 2 : 0)) {
                case 0 -> values.oneOf(List.of("null", "[]", "\"x\"", "1", "true", "{", "{\"a\":", "", "[".repeat(5000),
                        "{\"headline\":\"" + "x".repeat(100_000) + "\"}", "{\"a\":1} trailing"));
                case 1 -> json(values.json(3));
                default -> json(values.objectWith(fields));
            };
        }

        /** The property names of a request body schema (following one reference). */
        private static List<String> fieldsOf(JsonNode document, JsonNode schema) {
            JsonNode resolved = schema.has("$ref")
                    ? document.at(schema.get("$ref").asText().substring(1)) : schema;
            List<String> names = new ArrayList<>();
            resolved.path("properties").fieldNames().forEachRemaining(names::add);
            return names;
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }

        private static String json(Object value) {
            try {
                return new ObjectMapper().writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** What the application logs at ERROR while the fuzzing runs. */
    static final class ErrorLog extends Handler {
        final List<String> records = new CopyOnWriteArrayList<>();

        static ErrorLog attach() {
            ErrorLog log = new ErrorLog();
            log.setLevel(Level.SEVERE);
            Logger.getLogger("").addHandler(log);
            return log;
        }

        void detach() {
            Logger.getLogger("").removeHandler(this);
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                records.add(record.getLoggerName() + ": " + record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
