package news.byline.feed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import news.byline.cache.ListKey;
import news.byline.live.LiveApi;
import news.byline.web.route.Shows;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The HTTP contract of {@link LiveFeedResource}: a live page's posts as a feed. */
@Path("/api/v1/articles/{idOrSlug}/live/feed")
@Tag(name = "Live")
public interface LiveFeedsApi {

    @GET
    // A feed names no ids: any post change (live-posts) or story change (article-text) purges it.
    @Shows({ListKey.LIVE_POSTS, ListKey.ARTICLE_TEXT})
    @Path("{format}")
    @Produces({"application/rss+xml", "application/atom+xml", "application/feed+json", "application/json"})
    @Operation(operationId = "getLiveFeed", summary = "Get a live page's feed",
            description = "The live page's 50 latest published posts, newest first, as RSS 2.0, Atom 1.0 or JSON Feed 1.1: each "
                    + "entry links to the post on the page (#post-{id}), titled by the post's title or the start of its text.")
    @APIResponse(responseCode = "200", description = "The feed", content = {
            @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING, example = "<rss version=\"2.0\">…</rss>")),
            @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING, example = "<feed xmlns=\"http://www.w3.org/2005/Atom\">…</feed>")),
            @Content(mediaType = "application/feed+json", schema = @Schema(type = SchemaType.OBJECT,
                    example = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Byline — Africa Live\",\"items\":[]}"))})
    RestResponse<String> feed(
            @PathParam("idOrSlug") @Parameter(description = "Live page (article) id or slug.", example = LiveApi.PAGE_EXAMPLE) String idOrSlug,
            @PathParam("format") @Parameter(description = "rss, atom or json.", example = "rss",
                    schema = @Schema(enumeration = {"rss", "atom", "json"})) String format,
            @Context UriInfo uri);
}
