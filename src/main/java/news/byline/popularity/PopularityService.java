package news.byline.popularity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.byline.article.Article;
import news.byline.article.ArticleService;
import news.byline.article.ArticleStatus;
import news.byline.article.ArticleSummaries;
import news.byline.article.ArticleSummary;

/** Counts page views in hourly buckets and ranks published stories by their views in a window. */
@ApplicationScoped
@Transactional
public class PopularityService {
    private final ArticleService articles;
    private final ArticleSummaries summaries;
    private final RepeatViewFilter repeats;
    private final ViewCounter counter;
    private final ViewBuckets buckets;

    public PopularityService(ArticleService articles, ArticleSummaries summaries, RepeatViewFilter repeats, ViewCounter counter, ViewBuckets buckets) {
        this.articles = articles;
        this.summaries = summaries;
        this.repeats = repeats;
        this.counter = counter;
        this.buckets = buckets;
    }

    /**
     * Counts one view of a published article (404 for anything else, so the beacon cannot write elsewhere),
     * unless the same client counted it a moment ago. The count is written with the next flush of the {@link ViewCounter}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void recordView(String idOrSlug, String clientAddress) {
        Article article = articles.published(idOrSlug);
        if (repeats.firstView(clientAddress, article.id)) {
            counter.count(article.id, Instant.now());
        }
    }

    /** Adds views to the bucket of the hour that contains {@code at}. */
    public void addViews(UUID articleId, Instant at, long views) {
        buckets.add(new PageViewBucket.Key(articleId, at.truncatedTo(ChronoUnit.HOURS)), views);
    }

    /** Views of one article in the window, counted the way Most Read counts them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long viewsInWindow(UUID articleId, Duration window) {
        Number views = PageViewBucket.getEntityManager().createQuery(
                        "select coalesce(sum(v.views), 0) from PageViewBucket v"
                                + " where v.key.articleId = :article and v.key.bucketStart >= :since", Number.class)
                .setParameter("article", articleId).setParameter("since", windowStart(window)).getSingleResult();
        return views.longValue();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MostReadItem> mostRead(int limit, Duration window, String sectionPath) {
        String sectionCondition = sectionPath == null ? ""
                : " and (a.section.path = :sectionPath or a.section.path like :sectionPrefix)";
        var query = PageViewBucket.getEntityManager().createQuery(
                        "select v.key.articleId, sum(v.views) from PageViewBucket v, Article a"
                                + " where a.id = v.key.articleId and a.status = :published and v.key.bucketStart >= :since"
                                + sectionCondition
                                + " group by v.key.articleId order by sum(v.views) desc, v.key.articleId",
                        Object[].class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("since", windowStart(window))
                .setMaxResults(limit);
        if (sectionPath != null) {
            query.setParameter("sectionPath", sectionPath).setParameter("sectionPrefix", sectionPath + "/%");
        }
        List<Object[]> ranked = query.getResultList();
        Map<UUID, ArticleSummary> stories = summaries.published(ranked.stream().map(r -> (UUID) r[0]).toList());
        List<MostReadItem> items = new ArrayList<>();
        for (Object[] row : ranked) {
            items.add(new MostReadItem(items.size() + 1, ((Number) row[1]).longValue(), stories.get((UUID) row[0])));
        }
        return items;
    }

    /** Whole hourly buckets: a window starts at the bucket that contains now minus the window. */
    private static Instant windowStart(Duration window) {
        return Instant.now().minus(window).truncatedTo(ChronoUnit.HOURS);
    }
}
