package news.byline.article;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import news.byline.cache.ContentChanged;
import news.byline.cache.DerivedData;
import news.byline.cache.ListKey;
import news.byline.cache.PurgeOrder;

/**
 * The ids of the topics and authors a list is narrowed to, by slug, kept until a topic or author changes:
 * a list then matches the join table's ids by index, without joining the topic or author table per story.
 */
@ApplicationScoped
class FilterIds {
    private final DerivedData<String, Optional<UUID>> topics = new DerivedData<>(10_000, Set.of(ListKey.TOPICS));
    private final DerivedData<String, Optional<UUID>> authors = new DerivedData<>(10_000, Set.of(ListKey.AUTHORS));

    /** The ids of the topics with these slugs; unknown slugs are left out. */
    List<UUID> topics(List<String> slugs) {
        return ids(slugs, topics, "select t.id from Topic t where t.slug = :slug");
    }

    /** The ids of the authors with these slugs; unknown slugs are left out. */
    List<UUID> authors(List<String> slugs) {
        return ids(slugs, authors, "select a.id from Author a where a.slug = :slug");
    }

    void purge(@Observes @Priority(PurgeOrder.DERIVED_DATA) ContentChanged change) {
        topics.purge(change);
        authors.purge(change);
    }

    private static List<UUID> ids(List<String> slugs, DerivedData<String, Optional<UUID>> known, String query) {
        List<UUID> ids = new ArrayList<>(slugs.size());
        for (String slug : slugs) {
            known.get(slug, s -> Article.getEntityManager().createQuery(query, UUID.class).setParameter("slug", s)
                    .getResultStream().findFirst()).ifPresent(ids::add);
        }
        return ids;
    }
}
