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

/** Views of one article during one hour; Most Read sums the buckets inside its window. */
@Entity
@Table(name = "page_view_bucket")
public class PageViewBucket extends PanacheEntityBase {
    @EmbeddedId
    public Key key;
    public long views;

    @Embeddable
    public record Key(@Column(name = "article_id") UUID articleId,
                      @Column(name = "bucket_start") Instant bucketStart) implements Serializable {
    }
}
