package news.byline.feed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import news.byline.cache.ListKey;
import news.byline.web.route.Shows;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The HTTP contract of {@link FeedResource}: routes, parameters, responses and their documentation. */
@Path("/api/v1/feeds")
@Tag(name = "Feeds and sitemaps", description = "Syndication feeds and sitemaps for readers, aggregators and search engines")
public interface FeedsApi {

    @GET
    @Shows({ListKey.ARTICLES, ListKey.ARTICLE_TEXT, ListKey.TOPICS, ListKey.AUTHORS, ListKey.IMAGES})
    @Path("{format}")
    // application/json: a JSON client asking for the JSON Feed gets it (as application/feed+json), not a 406.
    @Produces({"application/rss+xml", "application/atom+xml", "application/feed+json", "application/json"})
    @Operation(operationId = "getFeed", summary = "Get a feed",
            description = "The 50 latest published stories as RSS 2.0, Atom 1.0 or JSON Feed 1.1, overall or for a section "
                    + "(its whole subtree), a topic or an author. The JSON Feed also answers Accept: application/json.")
    @APIResponse(responseCode = "200", description = "The feed", content = {
            @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING, example = "<rss version=\"2.0\">…</rss>")),
            @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING, example = "<feed xmlns=\"http://www.w3.org/2005/Atom\">…</feed>")),
            @Content(mediaType = "application/feed+json", schema = @Schema(type = SchemaType.OBJECT,
                    example = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Byline — Latest stories\",\"items\":[]}"))})
    RestResponse<String> feed(
            @PathParam("format") @Parameter(description = "rss, atom or json.", example = "rss",
                    schema = @Schema(enumeration = {"rss", "atom", "json"})) String format,
            @QueryParam("section") @Parameter(description = "Only stories in this section's subtree.", example = "news/world/africa") String section,
            @QueryParam("topic") @Parameter(description = "Only stories with this topic (slug).", example = "niger") String topic,
            @QueryParam("author") @Parameter(description = "Only stories by this author (slug).", example = "chris-ewokor") String author,
            @Context UriInfo uri);
}
