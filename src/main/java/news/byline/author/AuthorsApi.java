package news.byline.author;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import news.byline.cache.ListKey;
import news.byline.key.Role;
import news.byline.web.conditional.IfMatch;
import news.byline.web.json.MergePatch;
import news.byline.web.openapi.ApiDocumentation;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.PageParams;
import news.byline.web.route.Shows;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

/** The HTTP contract of {@link AuthorResource}: routes, parameters, responses and their documentation. */
@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors", description = "The people who write: profiles and their stories; with a key, their upkeep")
public interface AuthorsApi {

    @GET
    @Shows(ListKey.AUTHORS)
    @Operation(operationId = "listAuthors", summary = "List authors", description = "All contributors, by name.")
    ListEnvelope<AuthorView> list(@BeanParam PageParams paging, @Context UriInfo uri);

    @GET
    @Shows
    @Path("{idOrSlug}")
    @Operation(operationId = "getAuthor", summary = "Get an author", description = "One contributor by id or slug.")
    AuthorView get(@PathParam("idOrSlug") @Parameter(description = "Author id or slug.", example = "chris-ewokor") String idOrSlug);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "createAuthor", summary = "Create an author", description = "Editors and admins. The slug must be unique (409 otherwise).")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorView.class)))
    RestResponse<AuthorView> create(
            @RequestBody(description = "The new author.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "author", value = AuthorInput.EXAMPLE)))
            @Valid @NotNull AuthorInput input, @Context UriInfo uri);

    @PUT
    @Path("{idOrSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "replaceAuthor", summary = "Replace an author", description = "Editors and admins. Send the ETag you read as If-Match to avoid overwriting someone else's change (412).")
    RestResponse<AuthorView> replace(
            @PathParam("idOrSlug") @Parameter(description = "Author id or slug.", example = "chris-ewokor") String idOrSlug,
            @BeanParam IfMatch ifMatch,
            @RequestBody(description = "The whole author.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "author", value = AuthorInput.REPLACE_EXAMPLE)))
            @Valid @NotNull AuthorInput input);

    @PATCH
    @Path("{idOrSlug}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "patchAuthor", summary = "Change part of an author", description = "Editors and admins. A JSON Merge Patch (RFC 7386); the result is validated like a PUT.")
    RestResponse<AuthorView> patch(
            @PathParam("idOrSlug") @Parameter(description = "Author id or slug.", example = "chris-ewokor") String idOrSlug,
            @BeanParam IfMatch ifMatch,
            @RequestBody(description = "The fields to change; null removes an optional field.", required = true,
                    content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.OBJECT, description = "Any of AuthorInput's fields."),
                            examples = @ExampleObject(name = "jobTitle", value = "{\"jobTitle\":\"Nigeria correspondent\"}")))
            String patch) throws JsonProcessingException;

    @DELETE
    @Path("{idOrSlug}")
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "deleteAuthor", summary = "Delete an author", description = "Editors and admins. Refused (409) while articles still carry them in their byline.")
    @APIResponse(responseCode = "204", description = "Deleted")
    RestResponse<Void> delete(
            @PathParam("idOrSlug") @Parameter(description = "Author id or slug.", example = "chris-ewokor") String idOrSlug,
            @BeanParam IfMatch ifMatch);
}
