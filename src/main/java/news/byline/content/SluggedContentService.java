package news.byline.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.transaction.Transactional;
import java.util.UUID;
import news.byline.cache.Purgeable;
import news.byline.event.ContentAction;
import news.byline.event.ContentKind;
import news.byline.web.IdOrSlug;
import news.byline.web.ProblemException;

/**
 * The write steps that every simple slugged resource takes alike: find by id or slug (404), create, upsert
 * for imports, replace and merge-patch checked against the ETag read (412), delete refused while other
 * content still points at it (409). A feature's service adds what its entity holds: how an input is
 * written onto it and how it is shown.
 *
 * @param <E> the entity
 * @param <I> its input (what create, replace and patch take)
 * @param <V> its view (what the API shows)
 */
@Transactional
public abstract class SluggedContentService<E extends PanacheEntityBase & Slugged & Purgeable, I, V> {
    private final Class<E> type;
    private final Class<I> inputType;
    private final ContentKind kind;
    private final SluggedContentSupport dependencies;

    /** For the container's client proxy, which hands every call to the real bean. */
    protected SluggedContentService() {
        this(null, null, null, null);
    }

    protected SluggedContentService(Class<E> type, Class<I> inputType, ContentKind kind, SluggedContentSupport dependencies) {
        this.type = type;
        this.inputType = inputType;
        this.kind = kind;
        this.dependencies = dependencies;
    }

    /**
     * The entity as the API shows it. Implementations are {@code @Transactional(SUPPORTS)}: a public read loads
     * without a transaction, and a view's lazy loads must not open one on the connection that read took
     * (Narayana cannot enlist it afterwards).
     */
    protected abstract V view(E entity);

    /** The entity's content as an input: what a merge patch is applied to. */
    protected abstract I input(E entity);

    /** Writes the input onto a new or existing entity; throws the problem (409, 422) an input has. */
    protected abstract void apply(E entity, I input);

    /** The slug the input names, or the one its name gives: where an import looks for the entity. */
    protected abstract String slugOf(I input);

    /** A new, empty entity with this id. */
    protected abstract E newEntity(UUID id);

    @Transactional(Transactional.TxType.SUPPORTS)
    public V find(String idOrSlug) {
        return view(entity(idOrSlug));
    }

    public V create(I input) {
        E entity = newEntity(UUID.randomUUID());
        apply(entity, input);
        entity.persist();
        announce(entity, ContentAction.CREATED);
        return written(entity);
    }

    /** Import: updates the entity with this id or slug, or creates it (with this id when given). True when created. */
    public boolean upsert(UUID id, I input) {
        E entity = id != null ? dependencies.entityManager().find(type, id) : null;
        if (entity == null) {
            entity = bySlug(slugOf(input));
        }
        boolean created = entity == null;
        if (created) {
            entity = newEntity(id != null ? id : UUID.randomUUID());
        }
        apply(entity, input);
        if (created) {
            entity.persist();
        }
        announce(entity, created ? ContentAction.CREATED : ContentAction.UPDATED);
        return created;
    }

    public V replace(String idOrSlug, String ifMatch, I input) {
        E entity = entity(idOrSlug);
        requireMatch(ifMatch, entity);
        apply(entity, input);
        dependencies.entityManager().flush(); // a concurrent change surfaces here as an optimistic-lock failure (412)
        announce(entity, ContentAction.UPDATED);
        return written(entity);
    }

    public V patch(String idOrSlug, String ifMatch, String patch) throws JsonProcessingException {
        return replace(idOrSlug, ifMatch, dependencies.mergePatch().apply(input(entity(idOrSlug)), patch, inputType));
    }

    public void delete(String idOrSlug, String ifMatch) {
        E entity = entity(idOrSlug);
        requireMatch(ifMatch, entity);
        dependencies.references().requireNone(type, entity.id(), capitalised(kind.apiName()) + " '" + entity.slug() + "'");
        entity.delete();
        dependencies.outbox().removed(kind, ContentAction.DELETED, entity, entity.slug());
    }

    /**
     * If-Match names the entity's own version (what writes hand out), or the ETag of a read still current: a
     * change to something the view merely shows (an author's portrait) fails only the second kind.
     */
    private void requireMatch(String ifMatch, E entity) {
        dependencies.tags().requireMatch(ifMatch, entity.id(), entity.version(), () -> view(entity));
    }

    /** The view of a written entity, handing out its version tag as the answer's ETag. */
    private V written(E entity) {
        dependencies.handedOut().of(entity.id(), entity.version());
        return view(entity);
    }

    private void announce(E entity, ContentAction action) {
        dependencies.outbox().upserted(kind, action, entity, entity.slug(), view(entity));
    }

    /** The entity with this id or slug; 404 naming the kind when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public E entity(String idOrSlug) {
        E entity = IdOrSlug.asUuid(idOrSlug).map(id -> dependencies.entityManager().find(type, id))
                .orElseGet(() -> bySlug(idOrSlug));
        if (entity == null) {
            throw ProblemException.notFound(kind.apiName(), idOrSlug);
        }
        return entity;
    }

    private E bySlug(String slug) {
        return dependencies.entityManager().createQuery("from " + type.getSimpleName() + " e where e.slug = :slug", type)
                .setParameter("slug", slug).getResultStream().findFirst().orElse(null);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
