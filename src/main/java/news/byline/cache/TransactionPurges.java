package news.byline.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The surrogate keys the current transaction makes stale, fired as {@link ContentChanged} once it has
 * committed (and dropped if it rolls back); outside a transaction, keys are fired at once. Keys are also
 * kept per entity, so that an event about an entity carries exactly what the entity's changes purged.
 */
@ApplicationScoped
public class TransactionPurges {
    private static final Object RESOURCE = TransactionPurges.class;

    private final TransactionSynchronizationRegistry transactions;
    private final Event<ContentChanged> changes;

    public TransactionPurges(TransactionSynchronizationRegistry transactions, Event<ContentChanged> changes) {
        this.transactions = transactions;
        this.changes = changes;
    }

    /** Purges these lists when the current transaction commits (now, outside one): for changes no entity owns. */
    public void purge(ListKey... lists) {
        Pending pending = pending(true);
        Pending target = pending == null ? new Pending() : pending;
        for (ListKey list : lists) {
            target.keys.add(list.key());
        }
        if (pending == null) {
            fireNow(target);
        }
    }

    /**
     * A bulk update (which Hibernate's change tracking never sees) wrote these properties of the entity: its
     * own keys function names what that makes stale, as it would for a write Hibernate flushed.
     */
    public void changed(Purgeable entity, Set<String> properties) {
        gather(pending -> entity.keys(Change.write(properties), pending.of(entity.purgeId())));
    }

    /**
     * What the current transaction's changes to this entity purge, read once they are flushed; an entity the
     * transaction did not write (a parent that shows a changed child) is purged as if written now.
     */
    public Set<String> keysOf(Purgeable entity) {
        Pending pending = pending(true);
        if (pending == null) {
            throw new IllegalStateException("Keys are gathered per transaction");
        }
        if (!pending.byEntity.containsKey(entity.purgeId())) {
            entity.keys(Change.write(Set.of()), pending.of(entity.purgeId()));
        }
        pending.resolveAfterFlush();
        return Set.copyOf(pending.byEntity.get(entity.purgeId()));
    }

    /**
     * Runs as the transaction is about to commit, after the work that was registered before it: for work that
     * needs every key the transaction gathered, such as writing its events (such work flushes first).
     */
    public void beforeCommit(Runnable work) {
        Pending pending = pending(true);
        if (pending == null) {
            throw new IllegalStateException("Work before commit needs a transaction");
        }
        pending.beforeCommit.add(work);
    }

    /** Gathers keys into the current transaction's purge, or purges them at once outside one. */
    void gather(Consumer<Pending> gather) {
        Pending pending = pending(true);
        if (pending != null) {
            gather.accept(pending);
            return;
        }
        Pending now = new Pending();
        gather.accept(now);
        fireNow(now);
    }

    /** Where the current transaction's keys go; null outside a transaction. */
    Pending pending(boolean create) {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return null;
        }
        Pending pending = (Pending) transactions.getResource(RESOURCE);
        if (pending == null && create) {
            pending = new Pending();
            transactions.putResource(RESOURCE, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        return pending;
    }

    private void fireNow(Pending keys) {
        keys.resolveAfterFlush();
        if (!keys.keys.isEmpty()) {
            changes.fire(new ContentChanged(Set.copyOf(keys.keys), true));
        }
    }

    /** Ids to read after the flush, on behalf of an entity. */
    private record Later(UUID owner, Supplier<Collection<UUID>> ids) {
    }

    final class Pending implements Synchronization {
        private final Set<String> keys = new LinkedHashSet<>();
        private final Map<UUID, Set<String>> byEntity = new HashMap<>();
        private final List<Later> afterFlush = new ArrayList<>();
        private final List<Runnable> beforeCommit = new ArrayList<>();

        /** Where an entity's keys go: into the transaction's, and into the entity's own. */
        PurgeKeys of(UUID owner) {
            Set<String> own = byEntity.computeIfAbsent(owner, id -> new LinkedHashSet<>());
            return new PurgeKeys() {
                @Override
                public void add(UUID id) {
                    add(id.toString());
                }

                @Override
                public void add(ListKey list) {
                    add(list.key());
                }

                @Override
                public void addAfterFlush(Supplier<Collection<UUID>> ids) {
                    afterFlush.add(new Later(owner, ids));
                }

                private void add(String key) {
                    keys.add(key);
                    own.add(key);
                }
            };
        }

        /** Reads the keys that had to wait for the flush; any that cannot be read widen the purge to everything. */
        void resolveAfterFlush() {
            while (!afterFlush.isEmpty()) {
                Later later = afterFlush.remove(0);
                PurgeKeys owner = of(later.owner());
                try {
                    later.ids().get().forEach(owner::add);
                } catch (RuntimeException e) {
                    owner.add(ListKey.EVERYTHING);
                }
            }
        }

        @Override
        public void beforeCompletion() {
            while (!beforeCommit.isEmpty()) {
                beforeCommit.remove(0).run();
            }
        }

        @Override
        public void afterCompletion(int status) {
            if (!afterFlush.isEmpty()) {
                keys.add(ListKey.EVERYTHING.key()); // the flush they waited for never came: name everything
            }
            if (status == Status.STATUS_COMMITTED && !keys.isEmpty()) {
                changes.fire(new ContentChanged(Set.copyOf(keys), true));
            }
        }
    }
}
