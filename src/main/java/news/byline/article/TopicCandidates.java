package news.byline.article;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import news.byline.cache.ContentChanged;
import news.byline.cache.DerivedData;
import news.byline.cache.ListKey;
import news.byline.cache.PurgeOrder;

/**
 * Per topic, how many published stories it tags and the newest of them: what related stories are ranked
 * from. Read once per topic and kept until a story enters, leaves or moves in the lists (a publish, an
 * unpublish, new topics), so that an article view never counts or scans a topic's stories.
 */
@ApplicationScoped
class TopicCandidates {
    /** Newest stories kept per topic; related stories are picked among them. */
    static final int PER_TOPIC = 200;

    private final DerivedData<UUID, Tagged> byTopic = new DerivedData<>(10_000, Set.of(ListKey.ARTICLES));

    /** The stories of one topic: how many in all, and the newest first. */
    record Tagged(long size, List<Candidate> newest) {
    }

    record Candidate(UUID id, Instant publishedAt, UUID sectionId) {
    }

    Tagged of(UUID topicId) {
        return byTopic.get(topicId, TopicCandidates::read);
    }

    void purge(@Observes @Priority(PurgeOrder.CANDIDATES) ContentChanged change) {
        byTopic.purge(change);
    }

    private static Tagged read(UUID topicId) {
        long size = Article.getEntityManager().createQuery(
                        "select count(a) from Article a join a.topics t where t.id = :topic and a.status = :published", Long.class)
                .setParameter("topic", topicId).setParameter("published", ArticleStatus.PUBLISHED).getSingleResult();
        List<Candidate> newest = Article.getEntityManager().createQuery(
                        "select a.id, a.publishedAt, a.section.id from Article a join a.topics t"
                                + " where t.id = :topic and a.status = :published order by a.publishedAt desc, a.id",
                        Object[].class)
                .setParameter("topic", topicId).setParameter("published", ArticleStatus.PUBLISHED)
                .setMaxResults(PER_TOPIC).getResultStream()
                .map(row -> new Candidate((UUID) row[0], (Instant) row[1], (UUID) row[2])).toList();
        return new Tagged(size, newest);
    }
}
