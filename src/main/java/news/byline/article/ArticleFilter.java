package news.byline.article;

import java.time.Instant;
import java.util.List;
import news.byline.article.search.SearchQuery;

/**
 * What an article list may be narrowed by. Several sections, topics, authors or types match any of them
 * (a section with its whole subtree); required topics must all be present; search is null without q.
 */
public record ArticleFilter(List<String> sectionPaths, List<String> anyTopics, List<String> allTopics,
                            List<String> authorSlugs, List<ArticleType> types, Instant from, Instant to,
                            Instant updatedFrom, Instant updatedTo, SearchQuery search) {

    /** Every published article. */
    public static final ArticleFilter ALL =
            new ArticleFilter(List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null, null);

    public ArticleFilter withSections(List<String> paths) {
        return new ArticleFilter(paths, anyTopics, allTopics, authorSlugs, types, from, to, updatedFrom, updatedTo, search);
    }

    public ArticleFilter withTopics(List<String> any, List<String> all) {
        return new ArticleFilter(sectionPaths, any, all, authorSlugs, types, from, to, updatedFrom, updatedTo, search);
    }

    public ArticleFilter withAuthors(List<String> slugs) {
        return new ArticleFilter(sectionPaths, anyTopics, allTopics, slugs, types, from, to, updatedFrom, updatedTo, search);
    }
}
