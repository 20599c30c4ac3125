package news.byline.article.editorial;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import news.byline.article.ArticleStatus;

/** One saved state of an article: a full snapshot of its editable content, who saved it and why. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision extends PanacheEntityBase {
    @EmbeddedId
    public Key key;
    @Enumerated(EnumType.STRING)
    public ArticleStatus status;
    /** The article's {@link ArticleInput} as JSON. */
    public String snapshot;
    public String summary;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;

    @Embeddable
    public record Key(@Column(name = "article_id") UUID articleId, int number) implements Serializable {
    }
}
