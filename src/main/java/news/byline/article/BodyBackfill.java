package news.byline.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import news.byline.article.body.Block;
import news.byline.article.body.BodyCodec;
import news.byline.article.body.BodyRenderer;
import news.byline.cache.TransactionPurges;
import org.jboss.logging.Logger;

/**
 * Derives what is kept beside a stored body (search text and keywords, the images it shows) for articles
 * stored before that was kept (body_text null), a batch per transaction, at start. Articles saved since
 * derive it themselves. Bulk statements guarded by "still null": versions and ETags do not change, and two
 * instances starting together do not collide (the image rows of a batch are written only by the instance
 * whose guarded update claimed the article).
 */
@ApplicationScoped
class BodyBackfill {
    private static final Logger LOG = Logger.getLogger(BodyBackfill.class);
    private static final int BATCH = 200;

    private final BodyCodec bodyCodec;
    private final SearchKeywords searchKeywords;
    private final TransactionPurges purges;

    public BodyBackfill(BodyCodec bodyCodec, SearchKeywords searchKeywords, TransactionPurges purges) {
        this.bodyCodec = bodyCodec;
        this.searchKeywords = searchKeywords;
        this.purges = purges;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        fillAll();
    }

    /** Derives what is missing, batch by batch; returns how many articles it filled. */
    public int fillAll() {
        int total = 0;
        int found;
        do {
            found = QuarkusTransaction.requiringNew().call(this::nextBatch);
            total += found;
        } while (found == BATCH);
        if (total > 0) {
            LOG.infof("Derived the search text and body images of %d articles", total);
        }
        return total;
    }

    /**
     * Fills up to a batch of articles still without search text; returns how many it found. The update is a bulk
     * one, which Hibernate's change tracking never sees: each story's own keys function names what it makes stale.
     */
    private int nextBatch() {
        List<Article> articles = Article.<Article>find("bodyText is null", Sort.by("id")).page(0, BATCH).list();
        if (articles.isEmpty()) {
            return 0;
        }
        List<UUID> ids = articles.stream().map(article -> article.id).toList();
        Map<UUID, String> bodies = new HashMap<>();
        Article.getEntityManager().createQuery("select a.id, a.body from Article a where a.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(row -> bodies.put((UUID) row[0], (String) row[1]));
        Map<UUID, String> keywords = searchKeywords.keywordsOf(ids);
        for (Article article : articles) {
            List<Block> blocks = bodyCodec.read(bodies.get(article.id));
            int claimed = Article.update("bodyText = ?1, searchKeywords = ?2 where id = ?3 and bodyText is null",
                    BodyRenderer.text(blocks), keywords.get(article.id), article.id);
            if (claimed == 1) {
                writeImages(article.id, Block.imageIds(blocks));
                purges.changed(article, Set.of("bodyText", "searchKeywords"));
            }
        }
        return articles.size();
    }

    private static void writeImages(UUID articleId, List<UUID> imageIds) {
        Article.getEntityManager().createNativeQuery("delete from article_body_image where article_id = ?1")
                .setParameter(1, articleId).executeUpdate();
        for (UUID imageId : imageIds) {
            Article.getEntityManager().createNativeQuery("insert into article_body_image (article_id, image_id) values (?1, ?2)")
                    .setParameter(1, articleId).setParameter(2, imageId).executeUpdate();
        }
    }
}
