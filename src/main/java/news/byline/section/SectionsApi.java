package news.byline.section;

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

/** The HTTP contract of {@link SectionResource}: routes, parameters, responses and their documentation. */
@Path("/api/v1/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sections", description = "The section tree and the stories in each subtree")
public interface SectionsApi {

    @GET
    @Shows(ListKey.SECTIONS)
    @Operation(operationId = "listSections", summary = "List sections", description = "All sections, ordered by path.")
    ListEnvelope<SectionView> list(@BeanParam PageParams paging, @Context UriInfo uri);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "createSection", summary = "Create a section", description = "Editors and admins. The slug must be unique (409 otherwise).")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionView.class)))
    RestResponse<SectionView> create(
            @RequestBody(description = "The new section.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "section", value = SectionInput.EXAMPLE)))
            @Valid @NotNull SectionInput input, @Context UriInfo uri);

    @PUT
    @Path("{path: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "replaceSection", summary = "Replace or move a section", description = "Editors and admins. A new parentPath or slug moves the whole subtree; position reorders the navigation. Send the ETag you read as If-Match to avoid overwriting someone else's change (412).")
    RestResponse<SectionView> replace(
            @PathParam("path") @Parameter(description = "Section path.", example = "news/world/africa") String path,
            @BeanParam IfMatch ifMatch,
            @RequestBody(description = "The whole section.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "section", value = SectionInput.REPLACE_EXAMPLE)))
            @Valid @NotNull SectionInput input);

    @PATCH
    @Path("{path: .+}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "patchSection", summary = "Change part of a section", description = "Editors and admins. A JSON Merge Patch (RFC 7386); the result is validated like a PUT.")
    RestResponse<SectionView> patch(
            @PathParam("path") @Parameter(description = "Section path.", example = "news/world/africa") String path,
            @BeanParam IfMatch ifMatch,
            @RequestBody(description = "The fields to change; null removes an optional field.", required = true,
                    content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.OBJECT, description = "Any of SectionInput's fields."),
                            examples = @ExampleObject(name = "description", value = "{\"description\":\"News from across Africa\"}")))
            String patch) throws JsonProcessingException;

    @DELETE
    @Path("{path: .+}")
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "deleteSection", summary = "Delete a section", description = "Editors and admins. Refused (409) while it has sub-sections or articles.")
    @APIResponse(responseCode = "204", description = "Deleted")
    RestResponse<Void> delete(
            @PathParam("path") @Parameter(description = "Section path.", example = "news/world/africa") String path,
            @BeanParam IfMatch ifMatch);

    @GET
    @Shows(ListKey.SECTIONS)
    @Path("{path: .+}")
    @Operation(operationId = "getSection", summary = "Get a section", description = "One section by path, with its ordered children and breadcrumb.")
    RestResponse<SectionView> get(
            @PathParam("path") @Parameter(description = "Section path.", example = "news/world/africa") String path,
            @QueryParam("preview") @Parameter(description = PreviewParam.EDITOR_READ, example = "false",
                    schema = @Schema(enumeration = {"true", "false"})) String preview);
}
