package news.byline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The sequenced events of live pages' streams (see {@link Streamed}), read by position: what readers connected
 * to this instance are told, and what a reader that reconnects missed. Both reads walk an index from a
 * position and stop.
 */
@ApplicationScoped
@Transactional
public class StreamEvents {
    private final EntityManager entityManager;

    public StreamEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One event of a stream: its position is its id in the stream; content is null for a tombstone. */
    public record StreamEvent(long position, UUID stream, String type, UUID entityId, String content) {
    }

    /** Every stream's events after this position, in order. */
    public List<StreamEvent> after(long position, int limit) {
        return entityManager.createQuery("select new news.byline.event.StreamEvents$StreamEvent(e.position, e.stream, e.type,"
                        + " e.entityId, e.content) from OutboxEvent e where e.position > :after and e.stream is not null"
                        + " order by e.position", StreamEvent.class)
                .setParameter("after", position).setMaxResults(limit).getResultList();
    }

    /** One stream's events after this position, in order. */
    public List<StreamEvent> of(UUID stream, long after, int limit) {
        return entityManager.createQuery("select new news.byline.event.StreamEvents$StreamEvent(e.position, e.stream, e.type,"
                        + " e.entityId, e.content) from OutboxEvent e where e.stream = :stream and e.position > :after"
                        + " order by e.position", StreamEvent.class)
                .setParameter("stream", stream).setParameter("after", after).setMaxResults(limit).getResultList();
    }

    /** The last position given and the horizon below which events are pruned (a resume from before it has gaps). */
    public Positions positions() {
        EventSequence sequence = entityManager.find(EventSequence.class, EventSequence.CONTENT);
        return new Positions(sequence.lastPosition, sequence.horizon);
    }

    public record Positions(long last, long horizon) {
    }
}
