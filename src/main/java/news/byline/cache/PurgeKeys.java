package news.byline.cache;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** The surrogate keys a transaction makes stale, gathered while it flushes. */
public interface PurgeKeys {
    /** List routes that show articles (lists, feeds, sitemaps): purged when a story enters, leaves or moves in them. */
    String ARTICLE_LISTS = "articles";
    /** Lists whose membership or order follows text or update time (search, sort=-updatedAt, updatedFrom). */
    String ARTICLE_TEXT = "article-text";
    /** Any topic: stories show topics by name. (A topic's own id also names the stories that may now be related.) */
    String TOPICS = "topics";
    /** Any author. */
    String AUTHORS = "authors";

    /** Purges every prepared response: for changes too wide to name. */
    String ALL = "*";

    void add(String key);

    /**
     * An entity stories show by name (a topic, an author): the pages that show it and its own list; a new
     * name changes what search finds, a new slug what the filters by it find.
     */
    default void shownByName(UUID id, String list, Set<String> changed) {
        add(id.toString());
        add(list);
        if (changed.contains("name")) {
            add(ARTICLE_TEXT);
        }
        if (changed.contains("slug")) {
            add(ARTICLE_LISTS);
        }
    }

    /**
     * Keys read once the transaction has flushed, before it commits: for what cannot be read while
     * Hibernate flushes (an association not loaded yet).
     */
    void addAfterFlush(Supplier<Collection<String>> keys);
}
