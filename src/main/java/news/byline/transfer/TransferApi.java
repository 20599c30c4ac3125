package news.byline.transfer;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import news.byline.key.Role;
import news.byline.web.openapi.ApiDocumentation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The HTTP contract of {@link TransferResource}: routes, parameters, responses and their documentation. */
@Path("/api/v1")
@Tag(name = "Import and export", description = "Bulk migration in and out, one entity per line")
@SecurityRequirement(name = ApiDocumentation.API_KEY)
public interface TransferApi {
    String NDJSON = "application/x-ndjson";
    String IMPORT_EXAMPLE = """
            {"kind":"topic","data":{"slug":"mali","name":"Mali","description":"News from Mali"}}
            {"kind":"author","data":{"slug":"kabir-adamu","name":"Kabir Adamu","jobTitle":"Security analyst"}}
            """;

    @POST
    @Path("import")
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "importContent", summary = "Import content",
            description = "Editors and admins. NDJSON, one {kind, id, data, state} per line as GET /export writes it; kinds image, "
                    + "section, topic, author, article, collection; data is the input of the matching write. Each line is validated "
                    + "like that write and created or updated by id or slug; good lines are committed in batches and every rejected "
                    + "line is reported with its reason. Articles keep the state (draft, published…) and times they had.")
    ImportReport importContent(
            @RequestBody(description = "One entity per line.", required = true,
                    content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "two lines", value = IMPORT_EXAMPLE)))
            InputStream ndjson);

    @GET
    @Path("export")
    @Produces(NDJSON)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "exportContent", summary = "Export all content",
            description = "Editors and admins. Everything, drafts included, streamed as NDJSON in an order that POST /import "
                    + "takes as it is: into an empty database it gives the same content. Image files are referred to by address.")
    @APIResponse(responseCode = "200", description = "One entity per line",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                    example = "{\"kind\":\"topic\",\"id\":\"10a40b13-635e-314f-9910-8d4e80d88597\",\"data\":{\"slug\":\"russia\",\"name\":\"Russia\"}}")))
    RestResponse<StreamingOutput> export();
}
