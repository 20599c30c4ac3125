package news.byline.article.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import news.byline.article.Article;
import news.byline.article.ArticleMapper;
import news.byline.article.ArticleStatus;
import news.byline.event.ContentAction;
import news.byline.event.ContentKind;
import news.byline.event.Outbox;

/**
 * What a save means to readers, as outbox events: published, updated (only while published), unpublished,
 * archived, deleted. A story that was not public and is not now (a draft, a scheduled story) makes none.
 * Each event carries the keys the story's own keys function purged (see {@link Article#keys}).
 */
@ApplicationScoped
class ArticleEvents {
    private final Outbox outbox;
    private final ArticleMapper mapper;

    ArticleEvents(Outbox outbox, ArticleMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    void saved(Article article) {
        boolean was = article.statusAnnounced == ArticleStatus.PUBLISHED;
        if (article.isPublic()) {
            outbox.upserted(ContentKind.ARTICLE, was ? ContentAction.UPDATED : ContentAction.PUBLISHED, article, article.slug,
                    mapper.summary(article));
        } else if (was) {
            outbox.removed(ContentKind.ARTICLE, article.status == ArticleStatus.ARCHIVED ? ContentAction.ARCHIVED
                    : ContentAction.UNPUBLISHED, article, article.slug);
        }
        article.statusAnnounced = article.status;
    }

    void deleted(Article article) {
        if (article.statusAnnounced == ArticleStatus.PUBLISHED) {
            outbox.removed(ContentKind.ARTICLE, ContentAction.DELETED, article, article.slug);
        }
    }
}
