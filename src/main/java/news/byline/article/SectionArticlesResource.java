package news.byline.article;

import jakarta.ws.rs.core.UriInfo;
import news.byline.web.paging.ListEnvelope;

/** The section's page of stories: listed here, beside the other lists, so that sections know nothing of articles. */
public class SectionArticlesResource implements SectionArticlesApi {
    private final ArticleLists lists;

    public SectionArticlesResource(ArticleLists lists) {
        this.lists = lists;
    }

    @Override
    public ListEnvelope<ArticleSummary> list(String path, ArticleListParams params, UriInfo uri) {
        return lists.ofSection(path, params, uri);
    }
}
