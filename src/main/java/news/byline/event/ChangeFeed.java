package news.byline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import news.byline.web.problem.ProblemException;

/** Reads the change feed: events in position order after a token, two statements whatever the page size. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ChangeFeed {
    private final EntityManager entityManager;

    public ChangeFeed(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Up to {@code limit} changes after the token (from the horizon without one), and the token to go on from. */
    public ChangePage.Slice after(String since, int limit) {
        EventSequence sequence = entityManager.find(EventSequence.class, EventSequence.CONTENT);
        long after = since == null ? sequence.horizon : ChangeTokens.decode(since);
        if (after > sequence.lastPosition) {
            throw ProblemException.invalidParameter("since", "is not a token this feed handed out");
        }
        if (after < sequence.horizon) {
            throw ProblemException.invalidParameter("since", "has expired: changes before " + ChangeTokens.encode(sequence.horizon)
                    + " are no longer kept. Read the content again in full, then follow the feed without since");
        }
        List<OutboxEvent> events = entityManager.createQuery(
                        "from OutboxEvent e where e.position > :after order by e.position", OutboxEvent.class)
                .setParameter("after", after).setMaxResults(limit + 1).getResultList();
        boolean more = events.size() > limit;
        List<Change> changes = events.stream().limit(limit).map(Change::of).toList();
        String next = changes.isEmpty() ? ChangeTokens.encode(after) : changes.get(changes.size() - 1).token();
        return new ChangePage.Slice(changes, next, more);
    }
}
