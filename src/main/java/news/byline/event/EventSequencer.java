package news.byline.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import news.byline.cache.ListKey;
import news.byline.cache.TransactionPurges;

/**
 * Gives committed events their position, in the order this sees them committed: a transaction holding the
 * event_sequence row (one instance at a time) numbers the committed events that have none yet, oldest id
 * first. An event whose transaction commits after a later one's gets the next position then, after every
 * position already handed out, so a reader that follows positions never misses it. Runs after every commit
 * that wrote events, and every second for what a crash between commit and sequencing left.
 */
@ApplicationScoped
public class EventSequencer {
    private static final int BATCH = 500;

    private final EntityManager entityManager;
    private final TransactionPurges purges;
    private final Event<EventsSequenced> sequenced;

    public EventSequencer(EntityManager entityManager, TransactionPurges purges, Event<EventsSequenced> sequenced) {
        this.entityManager = entityManager;
        this.purges = purges;
        this.sequenced = sequenced;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsWritten written) {
        sequence();
    }

    @Scheduled(every = "${byline.events.sequence-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUp() {
        sequence();
    }

    /** Numbers every committed event still without a position; returns how many it numbered. */
    public int sequence() {
        int total = 0;
        long[] last = {0};
        int numbered;
        do {
            numbered = QuarkusTransaction.requiringNew().call(() -> nextBatch(last));
            total += numbered;
        } while (numbered == BATCH);
        if (total > 0) {
            sequenced.fire(new EventsSequenced(last[0]));
        }
        return total;
    }

    private int nextBatch(long[] last) {
        EventSequence sequence = entityManager.find(EventSequence.class, EventSequence.CONTENT, LockModeType.PESSIMISTIC_WRITE);
        List<OutboxEvent> waiting = entityManager.createQuery(
                        "from OutboxEvent e where e.position is null order by e.id", OutboxEvent.class)
                .setMaxResults(BATCH).getResultList();
        for (OutboxEvent event : waiting) {
            event.position = ++sequence.lastPosition;
        }
        if (!waiting.isEmpty()) {
            purges.purge(ListKey.CHANGES);
        }
        last[0] = sequence.lastPosition;
        return waiting.size();
    }
}
