package news.byline.live;

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

/** One saved state of a live post: its input as JSON, who saved it and why. Kept after the post is deleted. */
@Entity
@Table(name = "live_post_revision")
public class LivePostRevision extends PanacheEntityBase {
    @EmbeddedId
    public Key key;
    @Enumerated(EnumType.STRING)
    public LivePostStatus status;
    public String snapshot;
    public String summary;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;

    @Embeddable
    public record Key(@Column(name = "post_id") UUID postId, int number) implements Serializable {
    }
}
