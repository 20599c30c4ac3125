package news.byline.author;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import news.byline.cache.Change;
import news.byline.cache.ListKey;
import news.byline.cache.PurgeKeys;
import news.byline.content.ContentEntity;
import news.byline.content.Slugged;
import news.byline.image.Image;

/** A contributor: reporter, correspondent, photographer. */
@Entity
public class Author extends ContentEntity implements Slugged {
    public String slug;
    public String name;
    @Column(name = "job_title")
    public String jobTitle;
    public String bio;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "portrait_image_id")
    public Image portrait;

    @Override
    public String slug() {
        return slug;
    }

    /** Stories show it by name; nothing links to it in a way that makes it public. */
    @Override
    public void keys(Change change, PurgeKeys keys) {
        if (!change.unlinked()) {
            keys.shownByName(id, ListKey.AUTHORS, change.properties());
        }
    }
}
