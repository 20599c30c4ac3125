package news.byline.image;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.Set;
import news.byline.cache.Change;
import news.byline.cache.ListKey;
import news.byline.cache.PurgeKeys;
import news.byline.content.ContentEntity;

/** A picture in the library, with the defaults that apply wherever it is used. */
@Entity
public class Image extends ContentEntity {
    public String slug;
    public String url;
    public int width;
    public int height;
    @Column(name = "alt_text")
    public String altText;
    public String caption;
    public String credit;
    @Column(name = "copyright_holder")
    public String copyrightHolder;
    /** Where the original is kept, for images uploaded to Byline; null for images hosted elsewhere. */
    @Column(name = "storage_key")
    public String storageKey;
    @Column(name = "media_type")
    public String mediaType;
    @Column(name = "byte_size")
    public Long byteSize;
    /** Set by an editor: public before any published content uses it. */
    @Column(name = "marked_public")
    public boolean markedPublic;
    @Column(name = "created_at")
    public Instant createdAt;
    /** The key that uploaded or registered it (null for imports and older images): it may see the image while private. */
    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Override
    public String handle() {
        return slug;
    }

    /** The image and the lists of images; content that stops showing it may have been what made it public. */
    @Override
    public void keys(Change change, PurgeKeys keys) {
        keys.add(id);
        if (!change.unlinked()) {
            keys.add(ListKey.IMAGES);
        }
    }
}
