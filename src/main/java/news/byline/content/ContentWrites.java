package news.byline.content;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import news.byline.domain.Conflict;
import news.byline.domain.NotFound;
import news.byline.domain.Precondition;
import news.byline.domain.Versioned;
import news.byline.event.ContentAction;
import news.byline.event.ContentKind;
import news.byline.event.Outbox;
import org.hibernate.Hibernate;

/**
 * The steps every content write takes, composed by each feature's service: find (or refuse as not found),
 * pick where an import writes, check the client's precondition, flush so that a concurrent edit surfaces
 * as a stale version, announce the change, answer with the written version; delete only what nothing
 * points at. A feature adds what its entity holds: how an input is written onto it and how it is shown.
 */
@Singleton
public class ContentWrites {
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final References references;

    public ContentWrites(EntityManager entityManager, Outbox outbox, References references) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.references = references;
    }

    /** Where an import writes: the entity it names, else a new one. */
    public record Target<E>(E entity, boolean created) {
    }

    /** The entity, or {@link NotFound} naming the kind and the key the client sent. */
    public static <E> E required(E entity, ContentKind kind, String key) {
        if (entity == null) {
            throw new NotFound(kind.apiName(), key);
        }
        return entity;
    }

    /** The entity with this id or, when the key is no id, this slug. */
    public <E> E byIdOrSlug(Class<E> type, ContentKind kind, String idOrSlug) {
        E entity = IdOrSlug.asUuid(idOrSlug).map(id -> entityManager.find(type, id)).orElseGet(() -> bySlug(type, idOrSlug));
        return required(entity, kind, idOrSlug);
    }

    /** The entity with this slug, or null. */
    public <E> E bySlug(Class<E> type, String slug) {
        return entityManager.createQuery("from " + type.getSimpleName() + " e where e.slug = :slug", type)
                .setParameter("slug", slug).getResultStream().findFirst().orElse(null);
    }

    /**
     * Where an import of this line writes: the entity with this id, else the one {@code byKey} finds (by the
     * slug or path the input names), else a new one (with this id when given).
     */
    public <E> Target<E> importTarget(Class<E> type, UUID id, Supplier<E> byKey, Function<UUID, E> newEntity) {
        E entity = id != null ? entityManager.find(type, id) : null;
        if (entity == null) {
            entity = byKey.get();
        }
        return entity != null ? new Target<>(entity, false) : new Target<>(newEntity.apply(id != null ? id : UUID.randomUUID()), true);
    }

    /**
     * Writes an import line onto its target: the input applied, a new entity persisted, and the change
     * announced (created or updated) with what its event carries. True when the entity is new.
     */
    public <E extends Editable> boolean imported(ContentKind kind, Target<E> target, Consumer<E> apply, Function<E, ?> eventContent) {
        E entity = target.entity();
        apply.accept(entity);
        if (target.created()) {
            entityManager.persist(entity);
        }
        announce(kind, target.created() ? ContentAction.CREATED : ContentAction.UPDATED, entity, eventContent.apply(entity));
        return target.created();
    }

    /** The client's precondition against the entity's version, or against the view it shows now. */
    public void require(Precondition precondition, Editable entity, Supplier<?> currentView) {
        precondition.require(entity.currentVersion(), currentView::get);
    }

    /** A write that answers and announces the same view. */
    public <V> Versioned<V> written(ContentKind kind, ContentAction action, Editable entity, Supplier<V> view) {
        flush();
        V shown = view.get();
        announce(kind, action, entity, shown);
        return new Versioned<>(shown, entity.currentVersion());
    }

    /**
     * The write flushed (a concurrent change surfaces here as an optimistic-lock failure, answered as a stale
     * version), its event queued with {@code eventContent}, and the view with the version written.
     */
    public <V> Versioned<V> written(ContentKind kind, ContentAction action, Editable entity, Supplier<V> view, Object eventContent) {
        flush();
        announce(kind, action, entity, eventContent);
        return new Versioned<>(view.get(), entity.currentVersion());
    }

    /** What an editor reads before writing: the view with the version to send back. */
    public static <V> Versioned<V> current(Editable entity, V view) {
        return new Versioned<>(view, entity.currentVersion());
    }

    public void announce(ContentKind kind, ContentAction action, Editable entity, Object content) {
        outbox.upserted(kind, action, entity, entity.handle(), content);
    }

    /** Flushes pending writes, so that a concurrent change fails here rather than at commit. */
    public void flush() {
        entityManager.flush();
    }

    /** Deletes the entity unless other content points at it ({@link Conflict} naming the first few), and announces it. */
    public void delete(ContentKind kind, Editable entity) {
        String name = kind.apiName();
        references.requireNone(Hibernate.getClass(entity), entity.purgeId(),
                Character.toUpperCase(name.charAt(0)) + name.substring(1) + " '" + entity.handle() + "'");
        entityManager.remove(entity);
        outbox.removed(kind, ContentAction.DELETED, entity, entity.handle());
    }
}
