package news.byline.topic;

import jakarta.persistence.Entity;
import news.byline.cache.Change;
import news.byline.cache.ListKey;
import news.byline.cache.PurgeKeys;
import news.byline.content.ContentEntity;
import news.byline.content.Slugged;

/** A subject that stories are tagged with (Russia, Sahel Islamist insurgency). */
@Entity
public class Topic extends ContentEntity implements Slugged {
    public String slug;
    public String name;
    public String description;

    @Override
    public String slug() {
        return slug;
    }

    /** Stories show it by name; nothing links to it in a way that makes it public. */
    @Override
    public void keys(Change change, PurgeKeys keys) {
        if (!change.unlinked()) {
            keys.shownByName(id, ListKey.TOPICS, change.properties());
        }
    }
}
