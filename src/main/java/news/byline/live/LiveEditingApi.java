package news.byline.live;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import news.byline.key.Role;
import news.byline.web.conditional.IfMatch;
import news.byline.web.openapi.ApiDocumentation;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.PageParams;
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

/** The HTTP contract of {@link LiveEditingResource}: posting to live pages and setting their coverage and key points. */
@Path("/api/v1/articles/{idOrSlug}/live")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Live")
@SecurityRequirement(name = ApiDocumentation.API_KEY)
public interface LiveEditingApi {

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.CONTRIBUTOR_NAME)
    @Operation(operationId = "setLiveCoverage", summary = "Set a live page's coverage and key points",
            description = "Editors (and a contributor on its own draft page). If-Match is the page's ETag, as for the story. Setting "
                    + "coverageStatus to ended ends coverage: readers of the stream get a live-page.ended event.")
    @APIResponse(responseCode = "200", description = "Set", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LivePageState.class)))
    RestResponse<LivePageState> setCoverage(
            @PathParam("idOrSlug") @Parameter(description = "Live page (article) id or slug.", example = LiveApi.PAGE_EXAMPLE) String idOrSlug,
            @BeanParam IfMatch ifMatch,
            @RequestBody(description = "Coverage and key points.", required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "live", value = LivePageInput.EXAMPLE)))
            @Valid @NotNull LivePageInput input);

    @POST
    @Path("posts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.CONTRIBUTOR_NAME)
    @Operation(operationId = "createLivePost", summary = "Post to a live page",
            description = "Contributors (while coverage has not ended), editors and admins. A published post reaches the page's "
                    + "stream readers at once; a draft is never public; a scheduled one goes out at publishAt. Only editors pin.")
    @APIResponse(responseCode = "201", description = "Posted", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LivePostView.class)))
    RestResponse<LivePostView> create(
            @PathParam("idOrSlug") @Parameter(description = "Live page (article) id or slug.", example = LiveApi.PAGE_EXAMPLE) String idOrSlug,
            @RequestBody(description = "The post.", required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "key event", value = LivePostInput.EXAMPLE)))
            @Valid @NotNull LivePostInput input,
            @Context UriInfo uri);

    @PUT
    @Path("posts/{postId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.CONTRIBUTOR_NAME)
    @Operation(operationId = "replaceLivePost", summary = "Replace a live post",
            description = "Editors any post, contributors their own. Send the ETag you read as If-Match (412 when it changed meanwhile). "
                    + "Setting pinned unpins the page's other pinned post; setting status to draft takes a published post off the page.")
    RestResponse<LivePostView> replace(
            @PathParam("idOrSlug") @Parameter(description = "Live page (article) id or slug.", example = LiveApi.PAGE_EXAMPLE) String idOrSlug,
            @PathParam("postId") @Parameter(description = "Post id.", example = LiveApi.POST_EXAMPLE, schema = @Schema(type = SchemaType.STRING, format = "uuid")) String postId,
            @BeanParam IfMatch ifMatch,
            @RequestBody(description = "The whole post.", required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "key event", value = LivePostInput.EXAMPLE)))
            @Valid @NotNull LivePostInput input);

    @GET
    @Path("posts/{postId}/revisions")
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.CONTRIBUTOR_NAME)
    @Operation(operationId = "listLivePostRevisions", summary = "List a live post's revisions",
            description = "Editors any post's, contributors their own: every save, newest first, with the post as it was (a deleted "
                    + "post's too, the last naming who deleted it). Never cached.")
    RestResponse<ListEnvelope<LivePostRevisionView>> revisions(
            @PathParam("idOrSlug") @Parameter(description = "Live page (article) id or slug.", example = LiveApi.PAGE_EXAMPLE) String idOrSlug,
            @PathParam("postId") @Parameter(description = "Post id.", example = LiveApi.POST_EXAMPLE, schema = @Schema(type = SchemaType.STRING, format = "uuid")) String postId,
            @BeanParam PageParams paging, @Context UriInfo uri);

    @DELETE
    @Path("posts/{postId}")
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.CONTRIBUTOR_NAME)
    @Operation(operationId = "deleteLivePost", summary = "Delete a live post",
            description = "Editors any post, contributors their own. A tombstone stays: the post's address answers 410, stream readers "
                    + "get live-post.deleted, its revisions are kept.")
    @APIResponse(responseCode = "204", description = "Deleted")
    RestResponse<Void> delete(
            @PathParam("idOrSlug") @Parameter(description = "Live page (article) id or slug.", example = LiveApi.PAGE_EXAMPLE) String idOrSlug,
            @PathParam("postId") @Parameter(description = "Post id.", example = LiveApi.POST_EXAMPLE, schema = @Schema(type = SchemaType.STRING, format = "uuid")) String postId,
            @BeanParam IfMatch ifMatch);
}
