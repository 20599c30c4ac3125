package news.byline.article;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import news.byline.cache.ContentChanged;
import news.byline.cache.DerivedData;
import news.byline.cache.ListKey;
import news.byline.cache.PurgeOrder;
import news.byline.config.BylineConfig;

/**
 * "You may also be interested in": the curated stories first, then stories sharing the article's topics,
 * a rare shared topic counting more than a common one, newer first, the same section breaking ties. Never
 * the article itself, never anything unpublished. Ranked in memory from each topic's newest stories
 * ({@link TopicCandidates}), once per article until the lists change.
 */
@ApplicationScoped
class RelatedStories {
    private final TopicCandidates candidates;
    private final int count;
    /** Computed rankings by article and number of curated stories, until a story enters, leaves or moves in the lists. */
    private final DerivedData<String, List<UUID>> rankings = new DerivedData<>(100_000, Set.of(ListKey.ARTICLES));

    public RelatedStories(TopicCandidates candidates, BylineConfig config) {
        this.candidates = candidates;
        this.count = config.relatedCount();
    }

    /**
     * The ids of the related stories: the curated ones (in whatever state; the caller shows only published
     * ones), then the best computed ones, enough to fill the count even when every curated one is left out.
     */
    List<UUID> of(PreparedArticle article) {
        Set<UUID> chosen = new LinkedHashSet<>(article.curatedRelated());
        if (!article.summary().topics().isEmpty()) {
            chosen.addAll(rankings.get(article.id() + "/" + article.curatedRelated().size(), key -> computed(article)));
        }
        return List.copyOf(chosen);
    }

    /** How many related stories an article shows. */
    int count() {
        return count;
    }

    void purge(@Observes @Priority(PurgeOrder.RANKINGS) ContentChanged change) {
        rankings.purge(change);
    }

    /** The best computed candidates, a few more than needed so that curated ones can be skipped. */
    private List<UUID> computed(PreparedArticle article) {
        Map<UUID, Scored> scored = new HashMap<>();
        UUID sectionId = article.summary().section().id();
        for (var topic : article.summary().topics()) {
            TopicCandidates.Tagged tagged = candidates.of(topic.id());
            double rarity = 1.0 / Math.log(2 + tagged.size());
            for (TopicCandidates.Candidate candidate : tagged.newest()) {
                if (!candidate.id().equals(article.id())) {
                    scored.computeIfAbsent(candidate.id(), id -> new Scored(id, candidate.publishedAt(),
                            sectionId.equals(candidate.sectionId()))).score += rarity;
                }
            }
        }
        List<Scored> ranked = new ArrayList<>(scored.values());
        ranked.sort(Comparator.comparingDouble((Scored s) -> -s.score)
                .thenComparing(s -> s.publishedAt, Comparator.reverseOrder())
                .thenComparing(s -> !s.sameSection)
                .thenComparing(s -> s.id));
        return ranked.stream().limit(count + article.curatedRelated().size()).map(s -> s.id).toList();
    }

    private static final class Scored {
        final UUID id;
        final Instant publishedAt;
        final boolean sameSection;
        double score;

        Scored(UUID id, Instant publishedAt, boolean sameSection) {
            this.id = id;
            this.publishedAt = publishedAt;
            this.sameSection = sameSection;
        }
    }
}
