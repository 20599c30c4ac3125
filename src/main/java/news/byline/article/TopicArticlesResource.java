package news.byline.article;

import jakarta.ws.rs.core.UriInfo;
import news.byline.web.paging.ListEnvelope;

/** The topic's page of stories: listed here, beside the other lists, so that topics know nothing of articles. */
public class TopicArticlesResource implements TopicArticlesApi {
    private final ArticleLists lists;

    public TopicArticlesResource(ArticleLists lists) {
        this.lists = lists;
    }

    @Override
    public ListEnvelope<ArticleSummary> list(String idOrSlug, ArticleListParams params, UriInfo uri) {
        return lists.ofTopic(idOrSlug, params, uri);
    }
}
