package news.byline.web.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.byline.web.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Document-wide touches to the generated OpenAPI document: the problem responses operations can give, in
 * one place rather than on each method (what every operation may answer, what routes naming an item add,
 * what secured writes add), and the rules every schema follows, so that generated clients type exactly:
 * a field of an answer is always present (null where its schema allows) unless its schema names the fields
 * that are (requiredProperties: the rest are left out when empty); a request body takes no field it does
 * not name.
 */
public class OpenApiDocumentFilter implements OASFilter {

    /** The API's own routes only: what the webhooks section describes is sent by Byline, not answered by it. */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values()
                .forEach(pathItem -> pathItem.getOperations().forEach(OpenApiDocumentFilter::document));
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inputs = SchemaUses.reachable(SchemaUses.requestBodies(openAPI.getPaths().getPathItems()), schemas);
        List<Schema> sent = new ArrayList<>(SchemaUses.responses(openAPI.getPaths().getPathItems()));
        if (openAPI.getWebhooks() != null) {
            sent.addAll(SchemaUses.requestBodies(openAPI.getWebhooks()));
        }
        Set<String> outputs = SchemaUses.reachable(sent, schemas);
        schemas.forEach((name, schema) -> {
            SchemaUses.nested(schema).forEach(OpenApiDocumentFilter::dropTypeBesideReference);
            if (schema.getProperties() == null) {
                return;
            }
            if (outputs.contains(name) && !inputs.contains(name) && schema.getRequired() == null) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
            if (inputs.contains(name) && schema.getAdditionalPropertiesBoolean() == null
                    && schema.getAdditionalPropertiesSchema() == null) {
                schema.setAdditionalPropertiesBoolean(false);
            }
        });
        // What nothing uses (the generic form of a parameterized envelope) would only show up as a stray type.
        Set<String> used = new HashSet<>(SchemaUses.reachable(SchemaUses.parameters(openAPI.getPaths().getPathItems()), schemas));
        used.addAll(inputs);
        used.addAll(outputs);
        new ArrayList<>(schemas.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
        // The document is read top-down: what the API is and its routes first, the schemas they refer to last.
        Components components = openAPI.getComponents();
        openAPI.setComponents(null);
        openAPI.setComponents(components);
    }

    /**
     * A property that refers to a schema (or may be null: anyOf the schema and null) takes its type from there;
     * the generator also writes type: object beside it, which would refuse the null.
     */
    private static void dropTypeBesideReference(Schema property) {
        boolean refers = property.getRef() != null || (property.getAnyOf() != null
                && property.getAnyOf().stream().anyMatch(option -> option.getRef() != null));
        if (refers) {
            property.setType(null);
        }
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        typeEnumeratedParameters(operation);
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", method == PathItem.HttpMethod.GET ? "Invalid or unknown query parameter"
                : "Invalid request: malformed JSON, unknown fields or failed validation (see errors)");
        boolean namesAnItem = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH);
        if (namesAnItem) {
            problems.put("404", "Nothing has this id, slug or path (or it is not published)");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            problems.put("401", "No API key, or an unknown or revoked one");
            problems.put("403", "The key's role may not do this");
        } else {
            problems.put("401", "An unknown or revoked API key was sent (this operation needs none; a delivery key reads from "
                    + "the cache on its own budget)");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            problems.put("409", "Conflicts with existing content, such as a slug already in use");
            if (operation.getRequestBody() != null) {
                problems.put("413", "The request body is too large");
                problems.put("415", "The request body has an unsupported content type");
            }
            problems.put("422", "Refers to something that does not exist or breaks a content rule");
        }
        boolean conditional = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
        if (conditional) {
            problems.put("412", "If-Match names an older version: someone else changed it meanwhile");
        }
        if (takesJson(operation)) {
            problems.put("411", "A chunked JSON body: send its Content-Length");
        }
        if (method == PathItem.HttpMethod.DELETE) {
            problems.put("409", "Still used by other content; the detail says by what");
        }
        problems.put("406", "The client does not accept JSON");
        problems.put("429", "Over this client's budget (per address for reads without a key and for beacons, per delivery "
                + "key for its reads, per key for writes, per address for requests with unknown keys): retry after Retry-After seconds");
        if (method == PathItem.HttpMethod.GET && !streams(operation) && !operation.getResponses().hasAPIResponse("304")) {
            operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: If-None-Match names the current version (or If-Modified-Since is not older)"));
        }
        problems.put("500", "Unexpected error; the detail carries an error id for support");
        problems.forEach((status, description) -> add(operation, status, description));
        declareHeaders(method, operation);
    }

    /** The headers clients and CDNs act on, declared where they come: caching on reads, budgets on 429 and on writes. */
    private static void declareHeaders(PathItem.HttpMethod method, Operation operation) {
        Map<String, String> budget = new LinkedHashMap<>();
        budget.put("RateLimit-Policy", "The budget: requests per window, e.g. 120;w=60");
        budget.put("RateLimit-Limit", "Requests the budget allows per minute");
        budget.put("RateLimit-Remaining", "Requests left in the budget now");
        budget.put("RateLimit-Reset", "Seconds until the budget is full again");
        APIResponse tooMany = operation.getResponses().getAPIResponse("429");
        header(tooMany, "Retry-After", "Seconds to wait before trying again", Schema.SchemaType.INTEGER);
        budget.forEach((name, description) -> header(tooMany, name, description, Schema.SchemaType.STRING));
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("2")) {
                return;
            }
            if (method == PathItem.HttpMethod.GET && streams(operation)) {
                header(response, "Cache-Control", "no-store, no-transform: a stream is never cached or rewritten", Schema.SchemaType.STRING);
            } else if (method == PathItem.HttpMethod.GET) {
                header(response, "ETag", "Strong tag of this answer: send it as If-None-Match to revalidate (304)",
                        Schema.SchemaType.STRING);
                header(response, "Cache-Control", "public, max-age=…, s-maxage=… for public answers; private, no-store for a "
                        + "key holder's", Schema.SchemaType.STRING);
                header(response, "Surrogate-Key", "What the answer shows, space-separated (ids and list keys): purge a CDN by "
                        + "these (at most 6,000 characters)", Schema.SchemaType.STRING);
                header(response, "Cache-Tag", "The same keys, comma-separated, for CDNs that purge by cache tag",
                        Schema.SchemaType.STRING);
            } else if (method != PathItem.HttpMethod.DELETE) {
                header(response, "ETag", "The version written: send it as If-Match with the next change", Schema.SchemaType.STRING);
            }
            if (method != PathItem.HttpMethod.GET && operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                budget.forEach((name, description) -> header(response, name, description + " (the key's write budget)",
                        Schema.SchemaType.STRING));
            }
        });
    }

    private static void header(APIResponse response, String name, String description, Schema.SchemaType type) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().description(description)
                    .schema(OASFactory.createSchema().type(List.of(type))));
        }
    }

    /** Whether the operation answers with a stream of server-sent events rather than a document. */
    private static boolean streams(Operation operation) {
        return operation.getResponses().getAPIResponses().values().stream()
                .anyMatch(response -> response.getContent() != null && response.getContent().getMediaTypes() != null
                        && response.getContent().getMediaTypes().containsKey("text/event-stream"));
    }

    private static boolean takesJson(Operation operation) {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().getMediaTypes().keySet().stream()
                .anyMatch(type -> type.equals("application/json") || type.endsWith("+json"));
    }

    /** An enumerated parameter is a string, boolean or number as its values are: the generator leaves the type out. */
    private static void typeEnumeratedParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream().map(Parameter::getSchema)
                .filter(schema -> schema != null && schema.getType() == null && schema.getRef() == null
                        && schema.getEnumeration() != null && !schema.getEnumeration().isEmpty())
                .forEach(schema -> schema.setType(List.of(typeOf(schema.getEnumeration().get(0)))));
    }

    private static Schema.SchemaType typeOf(Object value) {
        if (value instanceof Boolean) {
            return Schema.SchemaType.BOOLEAN;
        }
        return value instanceof Number ? Schema.SchemaType.NUMBER : Schema.SchemaType.STRING;
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        operation.getResponses().addAPIResponse(status, response);
    }
}
