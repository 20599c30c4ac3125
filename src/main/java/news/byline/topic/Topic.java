package news.byline.topic;

import java.util.Set;
import news.byline.cache.PurgeKeys;
import news.byline.cache.Purgeable;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A subject that stories are tagged with (Russia, Sahel Islamist insurgency). */
@Entity
public class Topic extends PanacheEntityBase implements Purgeable {
    @Id
    public UUID id;
    public String slug;
    public String name;
    public String description;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    /** Pages that show the topic; a new name changes what search finds, a new slug what topic filters find. */
    @Override
    public void purgeKeys(Set<String> changed, PurgeKeys keys) {
        keys.add(id.toString());
        keys.add("topics");
        if (changed.contains("name")) {
            keys.add(PurgeKeys.ARTICLE_TEXT);
        }
        if (changed.contains("slug")) {
            keys.add(PurgeKeys.ARTICLE_LISTS);
        }
    }
}
