package news.byline.article;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import news.byline.cache.ListKey;
import news.byline.web.paging.FieldSelection;
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

/** The HTTP contract of {@link ArticleResource}: routes, parameters, responses and their documentation. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Stories: published ones for everyone; with a key, drafts, the worklist, writes, "
        + "publishing and revisions")
public interface ArticlesApi {

    @GET
    @Shows(value = ListKey.ARTICLES, textWhen = {"q", "updatedFrom", "updatedTo", "sort=-updatedAt"})
    @Operation(operationId = "listArticles", summary = "List articles", description = "Published article summaries, newest "
            + "first, narrowed by any of the filters. With status (and a contributor's, editor's or admin's key): the "
            + "newsroom's worklist of stories in that state, most recently changed first, answered private, no-store; an "
            + "editor sees every story, a contributor its own drafts.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ListEnvelopeArticleSummary")))
    @APIResponse(responseCode = "403", description = "status was asked with a delivery key, which reads published stories only",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    RestResponse<ListEnvelope<ArticleSummary>> list(
            @QueryParam("section") @Parameter(description = "Section path, with its sub-sections; repeat (or separate by commas) "
                    + "for any of several.", example = "[\"news/world\"]",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) List<String> section,
            @QueryParam("topic") @Parameter(description = "Topic slug; repeat (or separate by commas) for any of several. "
                    + "Prefix a slug with + (%2B, or an unencoded +) to require it (at most five): topic=%2Brussia&topic=%2Bniger lists stories "
                    + "tagged with both; topic=europe,africa&topic=%2Brussia those tagged Russia and Europe or Africa.",
                    example = "[\"russia\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) List<String> topic,
            @QueryParam("author") @Parameter(description = "Author slug; repeat (or separate by commas) for any of several.",
                    example = "[\"chris-ewokor\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) List<String> author,
            @QueryParam("status") @Parameter(description = "Stories in this workflow state instead of published ones; needs a "
                    + "key that may edit (401 without one). Not with cursor or sort.", example = "draft",
                    schema = @Schema(enumeration = {"draft", "scheduled", "published", "archived"})) String status,
            @BeanParam ArticleListParams params,
            @Context UriInfo uri);

    @GET
    @Shows
    @Path("{idOrSlug}")
    @Operation(operationId = "getArticle", summary = "Get an article",
            description = "One published article with its body, related stories and breadcrumb. With preview=true and a key that may "
                    + "edit it, the article in its current state (draft, scheduled…), never cached.")
    RestResponse<ArticleView> get(
            @PathParam("idOrSlug") @Parameter(description = "Article id or slug.", example = "russian-troops-arrive-in-niger-as-military-agreement-begins") String idOrSlug,
            @QueryParam("format") @Parameter(description = "Also render the body: html adds bodyHtml, text adds bodyText.", example = "html",
                    schema = @Schema(enumeration = {"html", "text"})) String format,
            @QueryParam("preview") @Parameter(description = "true: the current state for a key that may edit the article; "
                    + "without such a key the answer is 404.", example = "false", schema = @Schema(enumeration = {"true", "false"})) String preview,
            @QueryParam("fields") @Parameter(description = "Sparse field set: fields to keep, comma-separated; a nested one as parent.child. "
                    + "Related stories are only ranked and read when related is asked for, links in the body only resolved with the body.",
                    example = "headline,byline,leadImage.url", schema = @Schema(type = SchemaType.STRING, pattern = FieldSelection.PATTERN)) String fields);
}
