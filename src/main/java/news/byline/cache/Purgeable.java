package news.byline.cache;

import java.util.Set;

/**
 * An entity whose writes make public responses stale. It names the surrogate keys to purge; the
 * responses that carry any of them are evicted once the transaction commits, here and on every other
 * instance.
 */
public interface Purgeable {

    /**
     * @param changed the properties written (every property on insert and delete)
     * @param keys    where to put the keys
     */
    void purgeKeys(Set<String> changed, PurgeKeys keys);

    /**
     * The keys to purge when this entity is removed, named before it goes (its associations can still be
     * read then). By default those of a change to everything.
     */
    default void removedKeys(Set<String> properties, PurgeKeys keys) {
        purgeKeys(properties, keys);
    }

    /**
     * The keys to purge when something stops pointing at this entity (a link is changed or its holder
     * removed): what the link made visible may not be any more. None by default.
     */
    default void unlinkedKeys(PurgeKeys keys) {
    }
}
