package news.byline.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import news.byline.key.Role;
import news.byline.web.EntityTags;
import news.byline.web.ListEnvelope;
import news.byline.web.MergePatch;
import news.byline.web.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/collections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collections", description = "Curated, ordered lists of stories and promos")
public class CollectionResource {
    private final CollectionService collections;

    public CollectionResource(CollectionService collections) {
        this.collections = collections;
    }

    @GET
    @Operation(operationId = "listCollections", summary = "List collections", description = "All curated collections, by title, without their items.")
    public ListEnvelope<CollectionView> list(@BeanParam PageParams paging, @Context UriInfo uri) {
        return ListEnvelope.of(collections.list(paging.pageRequest()), uri);
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getCollection", summary = "Get a collection", description = "One collection with its items in order.")
    public CollectionView get(@PathParam("slug") @Parameter(description = "Collection slug.", example = "top-stories") String slug) {
        return collections.find(slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = "apiKey")
    @Extension(name = "x-required-role", value = Role.EDITOR_NAME)
    @Operation(operationId = "createCollection", summary = "Create a collection", description = "Editors and admins. Items are our articles (by slug) or external promos; the slug must be unique (409 otherwise).")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollectionView.class)))
    public RestResponse<CollectionView> create(
            @RequestBody(description = "The new collection.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "collection", value = CollectionInput.EXAMPLE)))
            @Valid @NotNull CollectionInput input, @Context UriInfo uri) {
        CollectionView created = collections.create(input);
        return RestResponse.ResponseBuilder.<CollectionView>created(
                uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = "apiKey")
    @Extension(name = "x-required-role", value = Role.EDITOR_NAME)
    @Operation(operationId = "replaceCollection", summary = "Replace or reorder a collection", description = "Editors and admins. Send the ETag you read as If-Match to avoid overwriting someone else's change (412).")
    public CollectionView replace(
            @PathParam("slug") @Parameter(description = "Collection slug.", example = "top-stories") String slug,
            @HeaderParam("If-Match") @Parameter(description = EntityTags.IF_MATCH_VERSION, example = "\"4eWQ91HrvbV16AT4pekLenEs\"") String ifMatch,
            @RequestBody(description = "The whole collection, items in their new order.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "collection", value = CollectionInput.REPLACE_EXAMPLE)))
            @Valid @NotNull CollectionInput input) {
        return collections.replace(slug, ifMatch, input);
    }

    @PATCH
    @Path("{slug}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = "apiKey")
    @Extension(name = "x-required-role", value = Role.EDITOR_NAME)
    @Operation(operationId = "patchCollection", summary = "Change part of a collection", description = "Editors and admins. A JSON Merge Patch (RFC 7386); the result is validated like a PUT.")
    public CollectionView patch(
            @PathParam("slug") @Parameter(description = "Collection slug.", example = "top-stories") String slug,
            @HeaderParam("If-Match") @Parameter(description = EntityTags.IF_MATCH_VERSION, example = "\"4eWQ91HrvbV16AT4pekLenEs\"") String ifMatch,
            @RequestBody(description = "The fields to change; null removes an optional field.", required = true,
                    content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.OBJECT, description = "Any of CollectionInput's fields."),
                            examples = @ExampleObject(name = "title", value = "{\"title\":\"Top Stories\"}")))
            String patch) throws JsonProcessingException {
        return collections.patch(slug, ifMatch, patch);
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = "apiKey")
    @Extension(name = "x-required-role", value = Role.EDITOR_NAME)
    @Operation(operationId = "deleteCollection", summary = "Delete a collection", description = "Editors and admins.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> delete(
            @PathParam("slug") @Parameter(description = "Collection slug.", example = "top-stories") String slug,
            @HeaderParam("If-Match") @Parameter(description = EntityTags.IF_MATCH_VERSION, example = "\"4eWQ91HrvbV16AT4pekLenEs\"") String ifMatch) {
        collections.delete(slug, ifMatch);
        return RestResponse.noContent();
    }
}
