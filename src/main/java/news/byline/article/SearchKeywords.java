package news.byline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.byline.author.AuthorRenamed;
import news.byline.topic.TopicRenamed;

/**
 * The topic and contributor names that search reads, derived from the current names. Works on projections
 * and bulk updates, never on loaded articles: the articles themselves did not change (version and updatedAt
 * stay), and an import's pending changes to an article in the same session are left alone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class SearchKeywords {
    /** Articles per statement: each needs three parameters. */
    private static final int BATCH = 500;

    private final EntityManager entityManager;

    public SearchKeywords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void onTopicRenamed(@Observes TopicRenamed renamed) {
        refresh("select a.id, a.searchKeywords from Article a join a.topics t where t.id = :id", renamed.topicId());
    }

    void onAuthorRenamed(@Observes AuthorRenamed renamed) {
        refresh("select distinct a.id, a.searchKeywords from Article a join a.contributors c where c.author.id = :id",
                renamed.authorId());
    }

    /** What search should read of these articles' topic and contributor names now, by article id. */
    public Map<UUID, String> keywordsOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<String>> topics = names("select a.id, t.name from Article a join a.topics t"
                + " where a.id in :ids order by index(t)", ids);
        Map<UUID, List<String>> contributors = names("select a.id, c.author.name from Article a join a.contributors c"
                + " where a.id in :ids order by index(c)", ids);
        Map<UUID, String> keywords = new HashMap<>();
        ids.forEach(id -> keywords.put(id, Article.keywords(topics.getOrDefault(id, List.of()),
                contributors.getOrDefault(id, List.of()))));
        return keywords;
    }

    /** Re-derives the keywords of the articles the query finds (id, current keywords): three statements a batch. */
    private void refresh(String articlesAndKeywords, UUID id) {
        List<Object[]> rows = entityManager.createQuery(articlesAndKeywords, Object[].class).setParameter("id", id).getResultList();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            Map<UUID, String> current = new HashMap<>();
            batch.forEach(row -> current.put((UUID) row[0], (String) row[1]));
            Map<UUID, String> changed = new HashMap<>(keywordsOf(current.keySet()));
            changed.entrySet().removeIf(e -> e.getValue().equals(current.get(e.getKey())));
            update(changed);
        }
    }

    /** One statement: each article's keywords by a case on its id. */
    private void update(Map<UUID, String> keywords) {
        if (keywords.isEmpty()) {
            return;
        }
        StringBuilder cases = new StringBuilder("update Article a set a.searchKeywords = case a.id");
        List<Object> values = new ArrayList<>();
        keywords.forEach((id, words) -> {
            cases.append(" when ?").append(values.size() + 1).append(" then ?").append(values.size() + 2);
            values.add(id);
            values.add(words);
        });
        cases.append(" else a.searchKeywords end where a.id in ?").append(values.size() + 1);
        var update = entityManager.createQuery(cases.toString());
        for (int i = 0; i < values.size(); i++) {
            update.setParameter(i + 1, values.get(i));
        }
        update.setParameter(values.size() + 1, keywords.keySet()).executeUpdate();
    }

    private Map<UUID, List<String>> names(String query, Collection<UUID> ids) {
        Map<UUID, List<String>> names = new HashMap<>();
        entityManager.createQuery(query, Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> names.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return names;
    }
}
