package news.byline.key;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import news.byline.web.openapi.ApiDocumentation;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The HTTP contract of {@link ApiKeyResource}: routes, parameters, responses and their documentation. */
@Path("/api/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Admin: credentials for the management API")
@SecurityRequirement(name = ApiDocumentation.API_KEY)
public interface ApiKeysApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.ADMIN_NAME)
    @Operation(operationId = "createApiKey", summary = "Create an API key",
            description = "Admin only. Answers the new key with its secret, which is never shown again.")
    @APIResponse(responseCode = "201", description = "Created; the secret is in `key`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedApiKey.class)))
    RestResponse<CreatedApiKey> create(
            @RequestBody(description = "Name and role of the new key.", required = true,
                    content = @Content(examples = @ExampleObject(name = "editor", value = ApiKeyInput.EXAMPLE)))
            @Valid @NotNull ApiKeyInput input, @Context UriInfo uri);

    @GET
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.ADMIN_NAME)
    @Operation(operationId = "listApiKeys", summary = "List API keys", description = "Admin only. Every key, newest first, without secrets.")
    RestResponse<ListEnvelope<ApiKeyView>> list(@BeanParam PageParams paging, @Context UriInfo uri);

    @DELETE
    @Path("{id}")
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.ADMIN_NAME)
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key", description = "Admin only. The key stops working at once.")
    @APIResponse(responseCode = "204", description = "Revoked")
    RestResponse<Void> revoke(@PathParam("id") @Parameter(description = "Key id.", example = "3f0b8c1e-2a4d-4e6f-8a9b-0c1d2e3f4a5b") UUID id);
}
