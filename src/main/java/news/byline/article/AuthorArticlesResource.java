package news.byline.article;

import jakarta.ws.rs.core.UriInfo;
import news.byline.web.paging.ListEnvelope;

/** The author's page of stories: listed here, beside the other lists, so that authors know nothing of articles. */
public class AuthorArticlesResource implements AuthorArticlesApi {
    private final ArticleLists lists;

    public AuthorArticlesResource(ArticleLists lists) {
        this.lists = lists;
    }

    @Override
    public ListEnvelope<ArticleSummary> list(String idOrSlug, ArticleListParams params, UriInfo uri) {
        return lists.ofAuthor(idOrSlug, params, uri);
    }
}
