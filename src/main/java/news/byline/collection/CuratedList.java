package news.byline.collection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import news.byline.cache.Change;
import news.byline.cache.ListKey;
import news.byline.cache.PurgeKeys;
import news.byline.content.ContentEntity;

/**
 * A curated, ordered list: Top Stories, Features, Elsewhere on the BBC. The API calls it a collection; the
 * class is named apart from {@link java.util.Collection}.
 */
@Entity
@Table(name = "collection")
public class CuratedList extends ContentEntity {
    public String slug;
    public String title;
    public String description;
    /** Where a front page shows it among the collections: lower first. */
    public int position;
    @ElementCollection
    @CollectionTable(name = "collection_item", joinColumns = @JoinColumn(name = "collection_id"))
    @OrderColumn(name = "position")
    public List<CollectionItem> items = new ArrayList<>();

    /** Promo pictures the items stopped showing in this transaction: the collection may have made them public. */
    @Transient
    private final Set<UUID> imagesDropped = new HashSet<>();

    /** Replaces the items, remembering the promo pictures no item shows any more. */
    public void replaceItems(List<CollectionItem> replacement) {
        Set<UUID> kept = promoImageIds(replacement);
        promoImageIds(items).stream().filter(image -> !kept.contains(image)).forEach(imagesDropped::add);
        items.clear();
        items.addAll(replacement);
    }

    @Override
    public String handle() {
        return slug;
    }

    /** The collection and the list of collections; promo pictures it no longer shows (all of them, once it is gone). */
    @Override
    public void keys(Change change, PurgeKeys keys) {
        if (change.unlinked()) {
            return;
        }
        keys.add(id);
        keys.add(ListKey.COLLECTIONS);
        imagesDropped.forEach(keys::add);
        imagesDropped.clear();
        if (change.removed()) {
            promoImageIds(items).forEach(keys::add);
        }
    }

    private static Set<UUID> promoImageIds(List<CollectionItem> items) {
        return items.stream().filter(item -> item.promoImage != null).map(item -> item.promoImage.id).collect(Collectors.toSet());
    }
}
