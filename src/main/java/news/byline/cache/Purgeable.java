package news.byline.cache;

import java.util.UUID;

/**
 * An entity whose writes make public responses stale. Its {@link #keys} function is the one truth of what a
 * change to it invalidates: the interceptor applies it to every write Hibernate flushes, bulk updates apply
 * it through {@link TransactionPurges#changed}, and the outbox gives each event the keys its entity's
 * changes purged in the transaction (so local caches, other instances, webhooks and the CDN drop the same).
 */
public interface Purgeable {

    /** The entity's id, by which its keys are told apart from others' in a transaction. */
    UUID purgeId();

    /**
     * Names what this change makes stale. On {@link Change.Kind#REMOVED} the entity's associations can still be
     * read; on {@link Change.Kind#UNLINKED} a link to it was changed or its holder removed, so what the link made
     * visible may not be any more.
     */
    void keys(Change change, PurgeKeys keys);
}
