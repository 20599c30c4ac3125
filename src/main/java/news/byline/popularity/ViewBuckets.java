package news.byline.popularity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import news.byline.cache.ListKey;
import news.byline.cache.TransactionPurges;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Adds views to hourly buckets, in the caller's transaction. On PostgreSQL an upsert, so that instances
 * flushing the same bucket at the same moment add up instead of colliding on its key; on the embedded
 * database (one process) an update, or an insert when the hour has no bucket yet. Most Read answers are
 * purged once the views are committed.
 */
@ApplicationScoped
class ViewBuckets {

    private final EntityManager entityManager;
    private final TransactionPurges purges;
    private final boolean postgres;

    public ViewBuckets(EntityManager entityManager, TransactionPurges purges,
                       @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.entityManager = entityManager;
        this.purges = purges;
        this.postgres = "postgresql".equals(dbKind);
    }

    /** Views of an article deleted since they were counted are dropped, so they can never block a flush. */
    void add(PageViewBucket.Key key, long views) {
        if (postgres) {
            entityManager.createNativeQuery("""
                            insert into page_view_bucket (article_id, bucket_start, views)
                            select ?1, ?2, ?3 where exists (select 1 from article where id = ?1)
                            on conflict (article_id, bucket_start) do update set views = page_view_bucket.views + excluded.views""")
                    .setParameter(1, key.articleId()).setParameter(2, OffsetDateTime.ofInstant(key.bucketStart(), ZoneOffset.UTC))
                    .setParameter(3, views).executeUpdate();
        } else {
            PageViewBucket.add(key, views);
        }
        purges.purge(ListKey.MOST_READ);
    }
}
