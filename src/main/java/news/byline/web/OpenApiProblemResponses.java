package news.byline.web;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the problem responses every operation can give, in one place rather than on each method:
 * 400 (bad or unknown parameters), 404 (for routes that name an item), 406 and 500.
 */
public class OpenApiProblemResponses implements OASFilter {
    private static final Map<String, String> COMMON = Map.of(
            "400", "Invalid or unknown query parameter",
            "406", "The client does not accept JSON",
            "500", "Unexpected error; the detail carries an error id for support");

    @Override
    public Operation filterOperation(Operation operation) {
        COMMON.forEach((status, description) -> add(operation, status, description));
        boolean namesAnItem = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH);
        if (namesAnItem) {
            add(operation, "404", "No published item has this id, slug or path");
        }
        return operation;
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
