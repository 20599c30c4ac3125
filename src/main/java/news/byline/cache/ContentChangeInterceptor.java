package news.byline.cache;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.type.Type;

/**
 * Sees every entity write Hibernate flushes and gathers, per transaction, the surrogate keys the written
 * {@link Purgeable} entities name; after the commit it fires {@link ContentChanged} with them. Writes
 * are found where they happen, so no service can forget to purge.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ContentChangeInterceptor implements Interceptor {
    private final TransactionPurges purges;

    public ContentChangeInterceptor(TransactionPurges purges) {
        this.purges = purges;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        written(entity, Set.of(propertyNames));
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        if (entity instanceof Purgeable purgeable) {
            TransactionPurges.Pending pending = purges.pending(true);
            TransactionPurges.Pending keys = pending != null ? pending : purges.new Pending();
            purgeable.removedKeys(Set.of(propertyNames), new PurgeKeys() {
                @Override
                public void add(String key) {
                    keys.add(key);
                }

                @Override
                public void addAfterFlush(Supplier<Collection<String>> later) {
                    keys.add(PurgeKeys.ALL); // what it would read after the flush is gone with the entity
                }
            });
            if (pending == null) {
                purges.fireNow(keys);
            }
        }
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
                                String[] propertyNames, Type[] types) {
        if (entity instanceof Purgeable) {
            Set<String> changed = new HashSet<>();
            for (int i = 0; i < propertyNames.length; i++) {
                if (previousState == null || !Objects.equals(previousState[i], currentState[i])) {
                    changed.add(propertyNames[i]);
                }
            }
            written(entity, changed);
        }
        return false;
    }

    @Override
    public void onCollectionRecreate(Object collection, Object key) {
        collectionWritten(collection);
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        collectionWritten(collection);
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        collectionWritten(collection);
    }

    @Override
    public void beforeTransactionCompletion(Transaction tx) {
        TransactionPurges.Pending pending = purges.pending(false);
        if (pending != null) {
            pending.resolveAfterFlush();
        }
    }

    private void collectionWritten(Object collection) {
        if (collection instanceof PersistentCollection<?> persistent && persistent.getOwner() instanceof Purgeable) {
            String role = persistent.getRole();
            written(persistent.getOwner(), Set.of(role.substring(role.lastIndexOf('.') + 1)));
        }
    }

    private void written(Object entity, Set<String> changed) {
        if (entity instanceof Purgeable purgeable && !changed.isEmpty()) {
            TransactionPurges.Pending pending = purges.pending(true);
            if (pending == null) {
                TransactionPurges.Pending now = purges.new Pending();
                purgeable.purgeKeys(changed, now);
                purges.fireNow(now);
            } else {
                purgeable.purgeKeys(changed, pending);
            }
        }
    }
}
