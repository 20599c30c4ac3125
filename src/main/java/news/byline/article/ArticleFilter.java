package news.byline.article;

import java.time.Instant;
import java.util.List;

/**
 * What an article list may be narrowed by. Several topics, authors or types match any of them;
 * a section matches its whole subtree.
 */
public record ArticleFilter(String sectionPath, List<String> topicSlugs, List<String> authorSlugs,
                            List<ArticleType> types, Instant from, Instant to) {

    public static ArticleFilter none() {
        return new ArticleFilter(null, List.of(), List.of(), List.of(), null, null);
    }

    public ArticleFilter withSection(String path) {
        return new ArticleFilter(path, topicSlugs, authorSlugs, types, from, to);
    }

    public ArticleFilter withTopic(String slug) {
        return new ArticleFilter(sectionPath, List.of(slug), authorSlugs, types, from, to);
    }

    public ArticleFilter withAuthor(String slug) {
        return new ArticleFilter(sectionPath, topicSlugs, List.of(slug), types, from, to);
    }
}
