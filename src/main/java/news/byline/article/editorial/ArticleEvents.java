package news.byline.article.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Set;
import news.byline.article.Article;
import news.byline.article.ArticleMapper;
import news.byline.article.ArticleStatus;
import news.byline.cache.PurgeKeys;
import news.byline.event.Outbox;

/**
 * What a save means to readers, as outbox events: published, updated (only while published), unpublished,
 * archived, deleted. A story that was not public and is not now (a draft, a scheduled story) makes none.
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
            outbox.upserted(was ? "article.updated" : "article.published", article.id, article.slug, mapper.summary(article),
                    keys(article));
        } else if (was) {
            outbox.removed(article.status == ArticleStatus.ARCHIVED ? "article.archived" : "article.unpublished",
                    article.id, article.slug, keys(article));
        }
        article.statusAnnounced = article.status;
    }

    void deleted(Article article) {
        if (article.statusAnnounced == ArticleStatus.PUBLISHED) {
            outbox.removed("article.deleted", article.id, article.slug, keys(article));
        }
    }

    /** The story, every list of stories, and the topic pages whose related stories it may be among. */
    private static Set<String> keys(Article article) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(article.id.toString());
        keys.add(PurgeKeys.ARTICLE_LISTS);
        keys.add(PurgeKeys.ARTICLE_TEXT);
        article.topics.forEach(topic -> keys.add(topic.id.toString()));
        return keys;
    }
}
