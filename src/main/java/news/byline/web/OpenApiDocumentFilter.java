package news.byline.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Document-wide touches to the generated OpenAPI document: the problem responses operations can give, in
 * one place rather than on each method (what every operation may answer, what routes naming an item add,
 * what secured writes add).
 */
public class OpenApiDocumentFilter implements OASFilter {

    /** The API's own routes only: what the webhooks section describes is sent by Byline, not answered by it. */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values()
                .forEach(pathItem -> pathItem.getOperations().forEach(OpenApiDocumentFilter::document));
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
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
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            problems.put("409", "Conflicts with existing content, such as a slug already in use");
            problems.put("413", "The request body is too large");
            problems.put("415", "The request body has an unsupported content type");
            problems.put("422", "Refers to something that does not exist or breaks a content rule");
        }
        if (namesAnItem && (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE)) {
            problems.put("412", "If-Match names an older version: someone else changed it meanwhile");
        }
        if (method == PathItem.HttpMethod.DELETE) {
            problems.put("409", "Still used by other content; the detail says by what");
        }
        problems.put("406", "The client does not accept JSON");
        problems.put("500", "Unexpected error; the detail carries an error id for support");
        problems.forEach((status, description) -> add(operation, status, description));
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
