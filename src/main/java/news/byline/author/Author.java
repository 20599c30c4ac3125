package news.byline.author;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import news.byline.cache.Change;
import news.byline.cache.ListKey;
import news.byline.cache.PurgeKeys;
import news.byline.cache.Purgeable;
import news.byline.content.Slugged;
import news.byline.image.Image;

/** A contributor: reporter, correspondent, photographer. */
@Entity
public class Author extends PanacheEntityBase implements Purgeable, Slugged {
    @Id
    public UUID id;
    public String slug;
    public String name;
    @Column(name = "job_title")
    public String jobTitle;
    public String bio;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "portrait_image_id")
    public Image portrait;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public UUID purgeId() {
        return id;
    }

    /** Stories show it by name; nothing links to it in a way that makes it public. */
    @Override
    public void keys(Change change, PurgeKeys keys) {
        if (!change.unlinked()) {
            keys.shownByName(id, ListKey.AUTHORS, change.properties());
        }
    }
}
