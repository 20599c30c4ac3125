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
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.type.Type;

/**
 * Sees every entity write Hibernate flushes and gathers, per transaction, the surrogate keys the written
 * {@link Purgeable} entities name through their keys function, each entity's apart (see
 * {@link TransactionPurges}); after the commit they are fired as {@link ContentChanged}. Writes are found
 * where they happen, so no service can forget to purge.
 */
@PersistenceUnitExtension
@ApplicationScoped
class ContentChangeInterceptor implements Interceptor {
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
        if (!(entity instanceof Purgeable removed)) {
            return;
        }
        purges.gather(pending -> {
            PurgeKeys keys = pending.of(removed.purgeId());
            removed.keys(Change.removal(Set.of(propertyNames)), new PurgeKeys() {
                @Override
                public void add(UUID key) {
                    keys.add(key);
                }

                @Override
                public void add(ListKey list) {
                    keys.add(list);
                }

                @Override
                public void addAfterFlush(Supplier<Collection<UUID>> later) {
                    keys.add(ListKey.EVERYTHING); // what it would read after the flush is gone with the entity
                }
            });
            unlinked(Arrays.asList(state), keys);
        });
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
                                String[] propertyNames, Type[] types) {
        if (!(entity instanceof Purgeable purgeable)) {
            return false;
        }
        Set<String> changed = new HashSet<>();
        List<Object> unlinked = new ArrayList<>();
        for (int i = 0; i < propertyNames.length; i++) {
            if (previousState == null || !Objects.equals(previousState[i], currentState[i])) {
                changed.add(propertyNames[i]);
                if (previousState != null) {
                    unlinked.add(previousState[i]);
                }
            }
        }
        written(purgeable, changed);
        if (!unlinked.isEmpty()) {
            purges.gather(pending -> unlinked(unlinked, pending.of(purgeable.purgeId())));
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
        if (collection instanceof PersistentCollection<?> persistent) {
            String role = persistent.getRole();
            written(persistent.getOwner(), Set.of(role.substring(role.lastIndexOf('.') + 1)));
        }
    }

    private void written(Object entity, Set<String> changed) {
        if (entity instanceof Purgeable purgeable && !changed.isEmpty()) {
            purges.gather(pending -> purgeable.keys(Change.write(changed), pending.of(purgeable.purgeId())));
        }
    }

    /** Entities a write stopped pointing at: what the link made visible may not be any more (named for the writer). */
    private static void unlinked(List<Object> formerTargets, PurgeKeys keys) {
        formerTargets.stream().filter(Purgeable.class::isInstance).map(Purgeable.class::cast)
                .forEach(target -> target.keys(Change.unlink(), keys));
    }
}
