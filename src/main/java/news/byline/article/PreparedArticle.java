package news.byline.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.byline.article.body.Block;
import news.byline.section.SectionRef;

/**
 * A story as prepared for reading: all of it that only it and what it shows decide (its summary, the body
 * with its images, the breadcrumb). Links to other stories and related stories depend on those stories, so
 * they are resolved when it is read.
 *
 * @param curatedRelated the stories an editor chose, in order, in whatever state they are now
 * @param keys           the surrogate keys of everything shown: a change to any of them makes it stale
 */
record PreparedArticle(ArticleSummary summary, ArticleStatus status, Instant publishAt, List<Block> body, int wordCount,
                       List<UUID> curatedRelated, List<SectionRef> breadcrumb, List<String> keys) {

    UUID id() {
        return summary.id();
    }
}
