package news.byline.article;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import news.byline.cache.ListKey;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.route.Shows;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The HTTP contract of {@link TopicArticlesResource}: routes, parameters, responses and their documentation. */
@Path("/api/v1/topics/{idOrSlug}/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics")
public interface TopicArticlesApi {

    @GET
    @Shows(value = ListKey.ARTICLES, textWhen = {"q", "updatedFrom", "updatedTo", "sort=-updatedAt"})
    @Operation(operationId = "listTopicArticles", summary = "List a topic's articles", description = "Published stories tagged with the topic, newest first.")
    ListEnvelope<ArticleSummary> list(
            @PathParam("idOrSlug") @Parameter(description = "Topic id or slug.", example = "russia") String idOrSlug,
            @BeanParam ArticleListParams params, @Context UriInfo uri);
}
