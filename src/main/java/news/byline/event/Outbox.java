package news.byline.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import news.byline.cache.PurgeKeys;
import news.byline.cache.Purgeable;

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

    public Outbox(ObjectMapper json, Instance<SecurityIdentity> identity, Event<EventsWritten> written,
                  TransactionSynchronizationRegistry transactions) {
        this.json = json;
        this.identity = identity;
        this.written = written;
        this.transactions = transactions;
    }

    /**
     * An upsert: the entity now stands as {@code content} shows it (what its public lists show).
     * {@code type} is "kind.action", such as article.published or topic.updated.
     */
    public void upserted(String type, UUID id, String slug, Object content, Set<String> keys) {
        write(type, id, slug, content, keys);
    }

    /** A tombstone: the entity left public view (unpublished, archived, deleted). */
    public void removed(String type, UUID id, String slug, Set<String> keys) {
        write(type, id, slug, null, keys);
    }

    /** The surrogate keys a change to this entity makes stale, as its own purge rules name them. */
    public static Set<String> keysOf(Purgeable entity, boolean removed) {
        Set<String> keys = new LinkedHashSet<>();
        PurgeKeys collector = new PurgeKeys() {
            @Override
            public void add(String key) {
                keys.add(key);
            }

            @Override
            public void addAfterFlush(java.util.function.Supplier<java.util.Collection<String>> later) {
                keys.addAll(later.get());
            }
        };
        if (removed) {
            entity.removedKeys(Set.of(), collector);
        } else {
            entity.purgeKeys(Set.of(), collector);
        }
        return keys;
    }

    private void write(String type, UUID id, String slug, Object content, Set<String> keys) {
        OutboxEvent event = new OutboxEvent();
        event.occurredAt = Instant.now();
        event.type = type;
        event.kind = type.substring(0, type.indexOf('.'));
        event.entityId = id;
        event.slug = slug;
        event.actor = actor();
        String joined = String.join(" ", keys);
        event.surrogateKeys = joined.length() <= MAX_KEYS_LENGTH ? joined : PurgeKeys.ALL;
        event.content = content == null ? null : toJson(content);
        event.persist();
        if (transactions.getResource(EventsWritten.class) == null) { // once a transaction: one sequencing after it
            transactions.putResource(EventsWritten.class, EventsWritten.INSTANCE);
            written.fire(EventsWritten.INSTANCE);
        }
    }

    /** The key that made the change, or "system" for scheduled work and imports without a request. */
    private String actor() {
        if (!Arc.container().requestContext().isActive() || !identity.isResolvable()) {
            return "system";
        }
        SecurityIdentity caller = identity.get();
        return caller.isAnonymous() ? "system" : caller.getPrincipal().getName();
    }

    private String toJson(Object content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the event's content", e);
        }
    }
}
