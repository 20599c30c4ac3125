package news.byline.cache;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
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
        List<Purgeable> unlinked = Arrays.stream(state).filter(Purgeable.class::isInstance).map(Purgeable.class::cast).toList();
        if (!(entity instanceof Purgeable) && unlinked.isEmpty()) {
            return;
        }
        withKeys(keys -> {
            if (entity instanceof Purgeable purgeable) {
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
            }
            unlinked.forEach(target -> target.unlinkedKeys(keys));
        });
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
                                String[] propertyNames, Type[] types) {
        Set<String> changed = new HashSet<>();
        List<Purgeable> unlinked = new ArrayList<>();
        for (int i = 0; i < propertyNames.length; i++) {
            if (previousState == null || !Objects.equals(previousState[i], currentState[i])) {
                changed.add(propertyNames[i]);
                if (previousState != null && previousState[i] instanceof Purgeable target) {
                    unlinked.add(target);
                }
            }
        }
        written(entity, changed);
        if (!unlinked.isEmpty()) {
            withKeys(keys -> unlinked.forEach(target -> target.unlinkedKeys(keys)));
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
            withKeys(keys -> purgeable.purgeKeys(changed, keys));
        }
    }

    /** Gathers keys into the current transaction's purge, or purges them at once outside one. */
    private void withKeys(Consumer<TransactionPurges.Pending> gather) {
        TransactionPurges.Pending pending = purges.pending(true);
        if (pending != null) {
            gather.accept(pending);
            return;
        }
        TransactionPurges.Pending now = purges.new Pending();
        gather.accept(now);
        purges.fireNow(now);
    }
}
