package news.byline.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import news.byline.config.BylineConfig;

/**
 * "You may also be interested in": the curated stories first, then stories sharing the article's topics,
 * a rare shared topic counting more than a common one, newer first, the same section breaking ties. Never
 * the article itself, never anything unpublished. Three queries whatever the count.
 */
@ApplicationScoped
public class RelatedStories {
    private static final int CANDIDATES = 200;

    private final ArticleService articles;
    private final int count;

    public RelatedStories(ArticleService articles, BylineConfig config) {
        this.articles = articles;
        this.count = config.relatedCount();
    }

    public List<ArticleSummary> of(Article article) {
        Set<UUID> chosen = new LinkedHashSet<>();
        article.related.stream().filter(Article::isPublic).map(a -> a.id).forEach(chosen::add);
        if (chosen.size() < count && !article.topics.isEmpty()) {
            computed(article, chosen).stream().limit(count - chosen.size()).forEach(chosen::add);
        }
        Map<UUID, ArticleSummary> summaries = articles.summariesById(chosen);
        return chosen.stream().map(summaries::get).filter(Objects::nonNull).toList();
    }

    private List<UUID> computed(Article article, Set<UUID> exclude) {
        List<UUID> topicIds = article.topics.stream().map(t -> t.id).toList();
        Map<UUID, Long> topicSizes = new HashMap<>();
        Article.getEntityManager().createQuery(
                        "select t.id, count(a) from Article a join a.topics t where t.id in :topics and a.status = :published group by t.id",
                        Object[].class)
                .setParameter("topics", topicIds).setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList().forEach(row -> topicSizes.put((UUID) row[0], (Long) row[1]));
        List<Object[]> rows = Article.getEntityManager().createQuery(
                        "select a.id, t.id, a.publishedAt, a.section.id from Article a join a.topics t"
                                + " where t.id in :topics and a.status = :published and a.id <> :self"
                                + " order by a.publishedAt desc", Object[].class)
                .setParameter("topics", topicIds).setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("self", article.id).setMaxResults(CANDIDATES).getResultList();
        Map<UUID, Candidate> candidates = new HashMap<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            if (exclude.contains(id)) {
                continue;
            }
            double rarity = 1.0 / Math.log(2 + topicSizes.getOrDefault((UUID) row[1], 1L));
            candidates.computeIfAbsent(id, k -> new Candidate(k, (Instant) row[2], article.section.id.equals(row[3])))
                    .score += rarity;
        }
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score)
                .thenComparing(c -> c.publishedAt, Comparator.reverseOrder())
                .thenComparing(c -> !c.sameSection));
        return ranked.stream().map(c -> c.id).toList();
    }

    private static final class Candidate {
        final UUID id;
        final Instant publishedAt;
        final boolean sameSection;
        double score;

        Candidate(UUID id, Instant publishedAt, boolean sameSection) {
            this.id = id;
            this.publishedAt = publishedAt;
            this.sameSection = sameSection;
        }
    }
}
