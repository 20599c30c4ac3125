package news.byline.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The surrogate keys the current transaction makes stale, fired as {@link ContentChanged} once it has
 * committed (and dropped if it rolls back). Outside a transaction, keys are fired at once.
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

    /** Purges these keys when the current transaction commits (now, outside one). */
    public void purge(String... keys) {
        Pending pending = pending(true);
        if (pending == null) {
            changes.fire(new ContentChanged(Set.of(keys), true));
        } else {
            pending.keys.addAll(List.of(keys));
        }
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

    /** Fires keys gathered outside a transaction. */
    void fireNow(Pending keys) {
        keys.resolveAfterFlush();
        if (!keys.keys.isEmpty()) {
            changes.fire(new ContentChanged(Set.copyOf(keys.keys), true));
        }
    }

    final class Pending implements PurgeKeys, Synchronization {
        private final Set<String> keys = new LinkedHashSet<>();
        private final List<Supplier<Collection<String>>> afterFlush = new ArrayList<>();

        @Override
        public void add(String key) {
            keys.add(key);
        }

        @Override
        public void addAfterFlush(Supplier<Collection<String>> later) {
            afterFlush.add(later);
        }

        /** Reads the keys that had to wait for the flush; any that cannot be read widen the purge to everything. */
        void resolveAfterFlush() {
            while (!afterFlush.isEmpty()) {
                Supplier<Collection<String>> later = afterFlush.remove(0);
                try {
                    keys.addAll(later.get());
                } catch (RuntimeException e) {
                    keys.add(PurgeKeys.ALL);
                }
            }
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (!afterFlush.isEmpty()) {
                keys.add(PurgeKeys.ALL);
            }
            if (status == Status.STATUS_COMMITTED && !keys.isEmpty()) {
                changes.fire(new ContentChanged(Set.copyOf(keys), true));
            }
        }
    }
}
