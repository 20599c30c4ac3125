package news.byline.transfer;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * The generator reads an NDJSON example as one JSON value and drops every line after the first
 * (smallrye-open-api issues 1963, 2263); the import example is put back as the text it is.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ImportExampleFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return operation;
        }
        MediaType ndjson = operation.getRequestBody().getContent().getMediaType(TransferApi.NDJSON);
        if (ndjson != null && ndjson.getExamples() != null) {
            ndjson.getExamples().values().forEach(example -> example.setValue(TransferApi.IMPORT_EXAMPLE));
        }
        return operation;
    }
}
