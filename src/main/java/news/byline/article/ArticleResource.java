package news.byline.article;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import java.util.List;
import news.byline.key.Callers;
import news.byline.web.conditional.PreviewParam;
import news.byline.web.conditional.VersionedResponses;
import news.byline.web.paging.FieldSelection;
import news.byline.web.paging.ListEnvelope;
import org.jboss.resteasy.reactive.RestResponse;

public class ArticleResource implements ArticlesApi {
    private final ArticleService articles;
    private final ArticleLists lists;
    private final ArticlePreviews previews;
    private final SecurityIdentity identity;

    public ArticleResource(ArticleService articles, ArticleLists lists, ArticlePreviews previews, SecurityIdentity identity) {
        this.articles = articles;
        this.lists = lists;
        this.previews = previews;
        this.identity = identity;
    }

    @Override
    public ListEnvelope<ArticleSummary> list(List<String> section, List<String> topic, List<String> author, ArticleListParams params, UriInfo uri) {
        ArticleFilter filter = ArticleListParams.withTopicValues(params.filter(), topic)
                .withSections(ArticleListParams.values(section))
                .withAuthors(ArticleListParams.values(author));
        return lists.respond(params, filter, uri);
    }

    @Override
    public RestResponse<ArticleView> get(String idOrSlug, String format, String preview, String fields) {
        FieldSelection selection = FieldSelection.parse(fields, ArticleView.FIELDS);
        if (PreviewParam.requested(preview)) {
            return VersionedResponses.preview(previews.preview(idOrSlug, BodyFormat.parse(format), Callers.of(identity)));
        }
        ArticleView article = articles.find(idOrSlug, BodyFormat.parse(format), selection == null ? field -> true : selection::wants);
        return RestResponse.ResponseBuilder.ok(article).lastModified(Date.from(article.summary().updatedAt())).build();
    }
}
