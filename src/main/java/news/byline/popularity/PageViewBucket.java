package news.byline.popularity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import news.byline.article.Article;

/** Views of one article during one hour; Most Read sums the buckets inside its window. */
@Entity
@Table(name = "page_view_bucket")
public class PageViewBucket extends PanacheEntityBase {
    @EmbeddedId
    public Key key;
    public long views;

    /** Adds views to a bucket: an update, or an insert when the hour has none yet (see {@link ViewBuckets}). */
    static void add(Key key, long views) {
        int updated = update("views = views + ?1 where key.articleId = ?2 and key.bucketStart = ?3",
                views, key.articleId(), key.bucketStart());
        if (updated == 0 && Article.count("id", key.articleId()) > 0) {
            PageViewBucket created = new PageViewBucket();
            created.key = key;
            created.views = views;
            created.persist();
        }
    }

    @Embeddable
    public record Key(@Column(name = "article_id") UUID articleId,
                      @Column(name = "bucket_start") Instant bucketStart) implements Serializable {
    }
}
