package news.byline.article;

import java.time.Instant;
import java.util.List;

/**
 * What an article list may be narrowed by. Several topics, authors or types match any of them;
 * a section matches its whole subtree.
 */
public record ArticleFilter(String sectionPath, List<String> topicSlugs, List<String> authorSlugs,
                            List<ArticleType> types, Instant from, Instant to) {

    public ArticleFilter withSection(String path) {
        return new ArticleFilter(path, topicSlugs, authorSlugs, types, from, to);
    }

    public ArticleFilter withTopics(List<String> slugs) {
        return new ArticleFilter(sectionPath, slugs, authorSlugs, types, from, to);
    }

    public ArticleFilter withAuthors(List<String> slugs) {
        return new ArticleFilter(sectionPath, topicSlugs, slugs, types, from, to);
    }
}
