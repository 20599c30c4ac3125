package news.byline.topic;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import news.byline.article.ArticleListParams;
import news.byline.article.ArticleService;
import news.byline.article.ArticleSummary;
import news.byline.web.ListEnvelope;
import news.byline.web.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics", description = "Subjects and their stories")
public class TopicResource {
    private final TopicService topics;
    private final ArticleService articles;

    public TopicResource(TopicService topics, ArticleService articles) {
        this.topics = topics;
        this.articles = articles;
    }

    @GET
    @Operation(operationId = "listTopics", summary = "List topics", description = "All topics, by name.")
    public ListEnvelope<TopicView> list(@BeanParam PageParams paging, @Context UriInfo uri) {
        return ListEnvelope.of(topics.list(paging.pageRequest()), uri);
    }

    @GET
    @Path("{idOrSlug}")
    @Operation(operationId = "getTopic", summary = "Get a topic", description = "One topic by id or slug.")
    public TopicView get(@PathParam("idOrSlug") @Parameter(description = "Topic id or slug.", example = "russia") String idOrSlug) {
        return topics.find(idOrSlug);
    }

    @GET
    @Path("{idOrSlug}/articles")
    @Operation(operationId = "listTopicArticles", summary = "List a topic's articles", description = "Published stories tagged with the topic, newest first.")
    public ListEnvelope<ArticleSummary> articles(
            @PathParam("idOrSlug") @Parameter(description = "Topic id or slug.", example = "russia") String idOrSlug,
            @BeanParam ArticleListParams params, @Context UriInfo uri) {
        String slug = topics.find(idOrSlug).slug();
        return ListEnvelope.of(articles.list(params.filter().withTopics(List.of(slug)), params.sortOrder(), params.pageRequest()), uri);
    }
}
