package news.byline.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.byline.cache.ListKey;
import news.byline.cache.Purgeable;
import news.byline.cache.TransactionPurges;

/**
 * Writes content events into the outbox, inside the transaction of the change they describe. Only changes
 * to public content are written: a draft's edits never become events.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {
    private static final int MAX_KEYS_LENGTH = 4000;

    private final ObjectMapper json;
    private final Instance<SecurityIdentity> identity;
    private final Event<EventsWritten> written;
    private final TransactionSynchronizationRegistry transactions;
    private final TransactionPurges purges;
    private final EntityManager entityManager;

    public Outbox(ObjectMapper json, Instance<SecurityIdentity> identity, Event<EventsWritten> written,
                  TransactionSynchronizationRegistry transactions, TransactionPurges purges, EntityManager entityManager) {
        this.json = json;
        this.identity = identity;
        this.written = written;
        this.transactions = transactions;
        this.purges = purges;
        this.entityManager = entityManager;
    }

    /** An upsert: the entity now stands as {@code content} shows it (what its public lists show). */
    public void upserted(ContentKind kind, ContentAction action, Purgeable entity, String slug, Object content) {
        write(kind, action, entity, slug, toJson(content));
    }

    /** A tombstone: the entity left public view (unpublished, archived, deleted). */
    public void removed(ContentKind kind, ContentAction action, Purgeable entity, String slug) {
        write(kind, action, entity, slug, null);
    }

    /**
     * The event is stored as the transaction is about to commit, once it has flushed: its surrogate keys are
     * then exactly those its entity's changes purged here (see {@link TransactionPurges#keysOf}), whatever
     * else the transaction changes after this call.
     */
    private void write(ContentKind kind, ContentAction action, Purgeable entity, String slug, String content) {
        OutboxEvent event = new OutboxEvent();
        event.occurredAt = Instant.now();
        event.type = kind.apiName() + "." + action.apiName();
        event.kind = kind.apiName();
        event.entityId = entity.purgeId();
        event.slug = slug;
        event.actor = actor();
        event.content = content;
        event.stream = entity instanceof Streamed streamed ? streamed.streamId() : null;
        @SuppressWarnings("unchecked")
        List<Unwritten> unwritten = (List<Unwritten>) transactions.getResource(Outbox.class);
        if (unwritten == null) { // once a transaction: one store before commit, one sequencing after it
            entityManager.joinTransaction(); // its session may only join now, not while the transaction completes
            unwritten = new ArrayList<>();
            transactions.putResource(Outbox.class, unwritten);
            List<Unwritten> stored = unwritten;
            purges.beforeCommit(() -> store(stored));
            written.fire(EventsWritten.INSTANCE);
        }
        unwritten.add(new Unwritten(event, entity));
    }

    private void store(List<Unwritten> unwritten) {
        entityManager.flush();
        for (Unwritten one : unwritten) {
            String joined = String.join(" ", purges.keysOf(one.entity()));
            one.event().surrogateKeys = joined.length() <= MAX_KEYS_LENGTH ? joined : ListKey.EVERYTHING.key();
            entityManager.persist(one.event());
        }
        entityManager.flush();
    }

    /** The key that made the change, or "system" for scheduled work and imports without a request. */
    private String actor() {
        if (!Arc.container().requestContext().isActive() || !identity.isResolvable()) {
            return "system";
        }
        SecurityIdentity caller = identity.get();
        return caller.isAnonymous() ? "system" : caller.getPrincipal().getName();
    }

    /** An event waiting for its transaction's last flush, with the entity whose keys it carries. */
    private record Unwritten(OutboxEvent event, Purgeable entity) {
    }

    private String toJson(Object content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the event's content", e);
        }
    }
}
