package news.byline.cache;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Where a {@link Purgeable} entity names what its change makes stale: entities by id, lists by their
 * {@link ListKey}. No other kind of key can be named, so no key is ever spelled out as a string.
 */
public interface PurgeKeys {

    /** The responses that show this entity (they carry its id). */
    void add(UUID id);

    /** The responses that list things of this kind. */
    void add(ListKey list);

    /**
     * Ids read once the transaction has flushed, before it commits: for what cannot be read while
     * Hibernate flushes (an association not loaded yet).
     */
    void addAfterFlush(Supplier<Collection<UUID>> ids);

    /**
     * An entity stories show by name (a topic, an author): the pages that show it and its own list; a new
     * name changes what search finds, a new slug what the filters by it find.
     */
    default void shownByName(UUID id, ListKey list, Set<String> changed) {
        add(id);
        add(list);
        if (changed.contains("name")) {
            add(ListKey.ARTICLE_TEXT);
        }
        if (changed.contains("slug")) {
            add(ListKey.ARTICLES);
        }
    }
}
