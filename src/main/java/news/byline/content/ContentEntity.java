package news.byline.content;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** What every piece of content editors write is stored with: its id, when it last changed, and its row version. */
@MappedSuperclass
public abstract class ContentEntity extends PanacheEntityBase implements Editable {
    @Id
    public UUID id;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** The optimistic lock: a concurrent write fails at flush (a stale version), and If-Match is checked against it. */
    @Version
    public long version;

    @Override
    public UUID purgeId() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }
}
