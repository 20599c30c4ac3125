package news.byline.article;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import news.byline.cache.ContentChanged;
import news.byline.cache.IndexedCache;
import news.byline.cache.ListKey;
import news.byline.cache.PurgeOrder;
import news.byline.config.BylineConfig;

/**
 * Summaries of published stories, prepared once and kept until a change names the story or anything it
 * shows (its section, topics, authors, lead image): lists, collections, Most Read and related stories read
 * them from here, and the database only for the ones missing, in one statement (plus one batch per relation).
 */
@ApplicationScoped
public class ArticleSummaries {
    static final String SUMMARY_FROM = "from Article a join fetch a.section left join fetch a.leadImage ";

    private final ArticleMapper mapper;
    private final IndexedCache<UUID, ArticleSummary> prepared;

    public ArticleSummaries(ArticleMapper mapper, BylineConfig config) {
        this.mapper = mapper;
        this.prepared = IndexedCache.ofSize(config.cache().summaries(), config.cache().maxAge(), ArticleSummaries::shown);
    }

    /** The summaries of the published stories among these ids, in the order of the ids; others are left out. */
    public List<ArticleSummary> inOrder(List<UUID> ids) {
        Map<UUID, ArticleSummary> found = published(ids);
        List<ArticleSummary> summaries = new ArrayList<>(found.size());
        for (UUID id : ids) {
            ArticleSummary summary = found.get(id);
            if (summary != null) {
                summaries.add(summary);
            }
        }
        return summaries;
    }

    /** The summaries of the published stories among these ids, by id. */
    public Map<UUID, ArticleSummary> published(Collection<UUID> ids) {
        Map<UUID, ArticleSummary> found = new HashMap<>();
        Set<UUID> missing = new LinkedHashSet<>();
        for (UUID id : ids) {
            ArticleSummary summary = prepared.get(id);
            if (summary != null) {
                found.put(id, summary);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            long readIn = prepared.generation();
            for (Article article : read(missing)) {
                ArticleSummary summary = mapper.summary(article);
                prepared.put(article.id, summary, readIn);
                found.put(article.id, summary);
            }
        }
        return found;
    }

    void purge(@Observes @Priority(PurgeOrder.READ_MODEL) ContentChanged change) {
        prepared.purge(change);
    }

    private static List<Article> read(Collection<UUID> ids) {
        return Article.getEntityManager()
                .createQuery("select a " + SUMMARY_FROM + "where a.id in :ids and a.status = :published", Article.class)
                .setParameter("ids", ids).setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList();
    }

    /** The surrogate keys of what a summary shows: a change to any of them makes it stale. */
    static List<String> shown(ArticleSummary summary) {
        List<String> keys = new ArrayList<>();
        keys.add(summary.id().toString());
        if (summary.section() != null) {
            keys.add(summary.section().id().toString());
        }
        if (!summary.topics().isEmpty()) {
            keys.add(ListKey.TOPICS.key()); // not their ids, which every publish on the topic names
        }
        if (summary.byline() != null) {
            summary.byline().contributors().forEach(contributor -> keys.add(contributor.id().toString()));
        }
        if (summary.leadImage() != null) {
            keys.add(summary.leadImage().id().toString());
        }
        return keys;
    }
}
