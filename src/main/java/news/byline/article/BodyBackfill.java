package news.byline.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.byline.article.body.Block;
import news.byline.article.body.BodyCodec;
import news.byline.article.body.BodyRenderer;
import news.byline.cache.PurgeKeys;
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
public class BodyBackfill {
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

    /** Fills up to a batch of articles still without search text; returns how many it found. */
    private int nextBatch() {
        List<Object[]> rows = Article.getEntityManager()
                .createQuery("select a.id, a.body from Article a where a.bodyText is null order by a.id", Object[].class)
                .setMaxResults(BATCH).getResultList();
        Map<UUID, String> keywords = searchKeywords.keywordsOf(rows.stream().map(r -> (UUID) r[0]).toList());
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            List<Block> blocks = bodyCodec.read((String) row[1]);
            int claimed = Article.update("bodyText = ?1, searchKeywords = ?2 where id = ?3 and bodyText is null",
                    BodyRenderer.text(blocks), keywords.get(id), id);
            if (claimed == 1) {
                writeImages(id, Block.imageIds(blocks));
            }
        }
        if (!rows.isEmpty()) {
            purges.purge(PurgeKeys.ARTICLE_TEXT); // bulk updates pass by Hibernate's change tracking
        }
        return rows.size();
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
