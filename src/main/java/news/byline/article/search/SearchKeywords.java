package news.byline.article.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.byline.article.Article;

/**
 * The topic and contributor names that search reads, derived from the current names. Works on projections
 * and bulk updates, never on loaded articles: the articles themselves did not change (version and updatedAt
 * stay), and an import's pending changes to an article in the same session are left alone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SearchKeywords {
    private static final int BATCH = 500;

    public void refreshArticlesTagged(UUID topicId) {
        refresh(ids("select distinct a.id from Article a join a.topics t where t.id = :id", topicId));
    }

    public void refreshArticlesBy(UUID authorId) {
        refresh(ids("select distinct a.id from Article a join a.contributors c where c.author.id = :id", authorId));
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

    private void refresh(List<UUID> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            keywordsOf(ids.subList(from, Math.min(ids.size(), from + BATCH))).forEach((id, keywords) -> Article.update(
                    "searchKeywords = ?1 where id = ?2 and (searchKeywords is null or searchKeywords <> ?1)", keywords, id));
        }
    }

    private static List<UUID> ids(String query, UUID id) {
        return Article.getEntityManager().createQuery(query, UUID.class).setParameter("id", id).getResultList();
    }

    private static Map<UUID, List<String>> names(String query, Collection<UUID> ids) {
        Map<UUID, List<String>> names = new HashMap<>();
        Article.getEntityManager().createQuery(query, Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> names.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return names;
    }
}
