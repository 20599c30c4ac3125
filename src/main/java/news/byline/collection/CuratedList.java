package news.byline.collection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import news.byline.cache.PurgeKeys;
import news.byline.cache.Purgeable;

/**
 * A curated, ordered list: Top Stories, Features, Elsewhere on the BBC. The API calls it a collection; the
 * class is named apart from {@link java.util.Collection}.
 */
@Entity
@Table(name = "collection")
public class CuratedList extends PanacheEntityBase implements Purgeable {
    @Id
    public UUID id;
    public String slug;
    public String title;
    public String description;
    @ElementCollection
    @CollectionTable(name = "collection_item", joinColumns = @JoinColumn(name = "collection_id"))
    @OrderColumn(name = "position")
    public List<CollectionItem> items = new ArrayList<>();
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    @Override
    public void purgeKeys(Set<String> changed, PurgeKeys keys) {
        keys.add(id.toString());
        keys.add("collections");
    }
}
