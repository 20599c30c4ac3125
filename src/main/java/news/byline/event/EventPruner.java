package news.byline.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import news.byline.config.BylineConfig;
import org.jboss.logging.Logger;

/**
 * Keeps the outbox to the retention period: events older than it, and had by every reader, are deleted, and
 * the horizon moves past them, so that a token from before it answers 400 (the feed says to read in full).
 */
@ApplicationScoped
public class EventPruner {
    private static final Logger LOG = Logger.getLogger(EventPruner.class);

    private final EntityManager entityManager;
    private final Instance<EventReaders> readers;
    private final BylineConfig.Events settings;

    public EventPruner(EntityManager entityManager, Instance<EventReaders> readers, BylineConfig config) {
        this.entityManager = entityManager;
        this.readers = readers;
        this.settings = config.events();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void hourly() {
        int pruned = prune(Instant.now().minus(settings.retention()));
        if (pruned > 0) {
            LOG.infof("Pruned %d content events older than %s", pruned, settings.retention());
        }
    }

    /** Deletes the events that occurred before this time and every reader has had; returns how many. */
    public int prune(Instant before) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EventSequence sequence = entityManager.find(EventSequence.class, EventSequence.CONTENT, LockModeType.PESSIMISTIC_WRITE);
            Long old = entityManager.createQuery("select max(e.position) from OutboxEvent e where e.occurredAt < :before", Long.class)
                    .setParameter("before", before).getSingleResult();
            if (old == null) {
                return 0;
            }
            long upTo = old;
            for (EventReaders reader : readers) {
                upTo = Math.min(upTo, reader.readUpTo().orElse(upTo));
            }
            if (upTo <= sequence.horizon) {
                return 0;
            }
            sequence.horizon = upTo;
            return entityManager.createQuery("delete from OutboxEvent e where e.position <= :upTo")
                    .setParameter("upTo", upTo).executeUpdate();
        });
    }
}
