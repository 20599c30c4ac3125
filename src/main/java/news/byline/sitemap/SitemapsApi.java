package news.byline.sitemap;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** The HTTP contract of {@link SitemapResource}: routes, parameters, responses and their documentation. */
@Path("/")
@Produces(SitemapsApi.XML)
@Tag(name = "Feeds and sitemaps")
public interface SitemapsApi {
    String XML = "application/xml";

    @GET
    @Shows({ListKey.ARTICLES, ListKey.ARTICLE_TEXT, ListKey.TOPICS, ListKey.AUTHORS, ListKey.IMAGES})
    @Path("sitemap.xml")
    @Operation(operationId = "getSitemapIndex", summary = "Sitemap index",
            description = "Lists the article sitemaps (50,000 URLs each) and the news sitemap.")
    @APIResponse(responseCode = "200", description = "A sitemap index", content = @Content(mediaType = XML,
            schema = @Schema(type = SchemaType.STRING, example = "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">…</sitemapindex>")))
    String index(@Context UriInfo uri);

    @GET
    @Shows({ListKey.ARTICLES, ListKey.ARTICLE_TEXT, ListKey.TOPICS, ListKey.AUTHORS, ListKey.IMAGES})
    @Path("sitemaps/articles-{page: [1-9][0-9]{0,8}}.xml")
    @Operation(operationId = "getArticleSitemap", summary = "Article sitemap",
            description = "One page of at most 50,000 published articles, oldest first, with lastmod.")
    @APIResponse(responseCode = "200", description = "A sitemap", content = @Content(mediaType = XML,
            schema = @Schema(type = SchemaType.STRING, example = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">…</urlset>")))
    String articles(@PathParam("page") @Parameter(description = "Page number, from 1.", example = "1") int page);

    @GET
    @Shows({ListKey.ARTICLES, ListKey.ARTICLE_TEXT, ListKey.TOPICS, ListKey.AUTHORS, ListKey.IMAGES})
    @Path("sitemaps/news.xml")
    @Operation(operationId = "getNewsSitemap", summary = "Google News sitemap",
            description = "Articles published in the last 48 hours, with publication name, language, date and title.")
    @APIResponse(responseCode = "200", description = "A news sitemap", content = @Content(mediaType = XML,
            schema = @Schema(type = SchemaType.STRING, example = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">…</urlset>")))
    String news();
}
