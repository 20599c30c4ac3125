package news.byline.collection;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import news.byline.cache.ListKey;
import news.byline.key.Role;
import news.byline.web.conditional.IfMatch;
import news.byline.web.conditional.PreviewParam;
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

/** The HTTP contract of {@link CollectionResource}: routes, parameters, responses and their documentation. */
@Path("/api/v1/collections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collections", description = "Curated, ordered lists of stories and promos")
public interface CollectionsApi {

    @GET
    @Shows(ListKey.COLLECTIONS)
    @Operation(operationId = "listCollections", summary = "List collections", description = "All curated collections in the order a front page shows them (position, then title), without their items.")
    ListEnvelope<CollectionSummary> list(@BeanParam PageParams paging, @Context UriInfo uri);

    @GET
    @Shows(ListKey.ARTICLES)
    @Path("{slug}")
    @Operation(operationId = "getCollection", summary = "Get a collection", description = "One collection with its items in order.")
    RestResponse<CollectionView> get(
            @PathParam("slug") @Parameter(description = "Collection slug.", example = "top-stories") String slug,
            @QueryParam("preview") @Parameter(description = PreviewParam.EDITOR_READ, example = "false",
                    schema = @Schema(enumeration = {"true", "false"})) String preview);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "createCollection", summary = "Create a collection", description = "Editors and admins. Items are our articles (by slug) or external promos; the slug must be unique (409 otherwise).")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollectionView.class)))
    RestResponse<CollectionView> create(
            @RequestBody(description = "The new collection.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "collection", value = CollectionInput.EXAMPLE)))
            @Valid @NotNull CollectionInput input, @Context UriInfo uri);

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "replaceCollection", summary = "Replace or reorder a collection", description = "Editors and admins. Send the ETag you read as If-Match to avoid overwriting someone else's change (412).")
    RestResponse<CollectionView> replace(
            @PathParam("slug") @Parameter(description = "Collection slug.", example = "top-stories") String slug,
            @BeanParam IfMatch ifMatch,
            @RequestBody(description = "The whole collection, items in their new order.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "collection", value = CollectionInput.REPLACE_EXAMPLE)))
            @Valid @NotNull CollectionInput input);

    @PATCH
    @Path("{slug}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "patchCollection", summary = "Change part of a collection", description = "Editors and admins. A JSON Merge Patch (RFC 7386); the result is validated like a PUT.")
    RestResponse<CollectionView> patch(
            @PathParam("slug") @Parameter(description = "Collection slug.", example = "top-stories") String slug,
            @BeanParam IfMatch ifMatch,
            @RequestBody(description = "The fields to change; null removes an optional field.", required = true,
                    content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.OBJECT, description = "Any of CollectionInput's fields."),
                            examples = @ExampleObject(name = "title", value = "{\"title\":\"Top Stories\"}")))
            String patch) throws JsonProcessingException;

    @DELETE
    @Path("{slug}")
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "deleteCollection", summary = "Delete a collection", description = "Editors and admins.")
    @APIResponse(responseCode = "204", description = "Deleted")
    RestResponse<Void> delete(
            @PathParam("slug") @Parameter(description = "Collection slug.", example = "top-stories") String slug,
            @BeanParam IfMatch ifMatch);
}
