package news.byline.live;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import news.byline.cache.ListKey;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.problem.Problem;
import news.byline.web.route.Shows;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The HTTP contract of {@link LiveResource}: reading live pages and their posts. */
@Path("/api/v1/articles/{idOrSlug}/live")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Live", description = "Live pages: an article of type live with posts, key points, a pinned post and key events; "
        + "read as a page, by post, or followed as a stream of server-sent events")
public interface LiveApi {
    String PAGE_EXAMPLE = "africa-live-updates-on-this-and-other-stories";
    /** A post of the sample's live page (a key event). */
    String POST_EXAMPLE = "1caabc4e-946e-5ea7-b7d8-9a2d08dad9b4";

    @GET
    @Shows
    @Operation(operationId = "getLivePage", summary = "Get a live page",
            description = "The published live page as it opens: its story (coverage status, times, newest post time, post count), "
                    + "key points, the pinned post, the key events and the newest posts; links to older posts and to the stream. "
                    + "Cached like any public read, purged by every change to the page or its posts.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LivePageView.class)))
    RestResponse<LivePageView> page(
            @PathParam("idOrSlug") @Parameter(description = "Live page (article) id or slug.", example = PAGE_EXAMPLE) String idOrSlug,
            @QueryParam("pageSize") @Parameter(description = "How many of the newest posts, 1 to 100 (default 20).", example = "20",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) String pageSize,
            @Context UriInfo uri);

    @GET
    @Path("posts")
    @Shows(ListKey.LIVE_POSTS)
    @Operation(operationId = "listLivePosts", summary = "List a live page's posts",
            description = "Published posts. Without cursor or since: the newest, newest first. cursor (a post id, as links.next "
                    + "gives it): the posts before it, newest first. since (the newest post id a reader has): the posts after it, "
                    + "oldest first, so that they can be added in order; links.next continues while more are newer. A cursor or since "
                    + "that names no published post of this page is a 400.")
    RestResponse<ListEnvelope<LivePostView>> posts(
            @PathParam("idOrSlug") @Parameter(description = "Live page (article) id or slug.", example = PAGE_EXAMPLE) String idOrSlug,
            @QueryParam("cursor") @Parameter(description = "A post id: the posts published before it.", example = POST_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String cursor,
            @QueryParam("since") @Parameter(description = "A post id: the posts published after it, oldest first.", example = POST_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String since,
            @QueryParam("pageSize") @Parameter(description = "Posts per page, 1 to 100 (default 20).", example = "20",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) String pageSize,
            @Context UriInfo uri);

    @GET
    @Path("posts/{postId}")
    @Shows
    @Operation(operationId = "getLivePost", summary = "Get one live post",
            description = "One published post, for sharing a single update. 410 once it was deleted. With preview=true and a key "
                    + "that may change it, the post in any state (draft, scheduled), never cached.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LivePostView.class)))
    @APIResponse(responseCode = "410", description = "The post was deleted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    RestResponse<LivePostView> post(
            @PathParam("idOrSlug") @Parameter(description = "Live page (article) id or slug.", example = PAGE_EXAMPLE) String idOrSlug,
            @PathParam("postId") @Parameter(description = "Post id.", example = POST_EXAMPLE, schema = @Schema(type = SchemaType.STRING, format = "uuid")) String postId,
            @QueryParam("preview") @Parameter(description = "true: the current state for a key that may change the post; "
                    + "without such a key the answer is 404.", example = "false", schema = @Schema(enumeration = {"true", "false"})) String preview);
}
