package news.byline.live;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import news.byline.article.Article;
import news.byline.article.body.Block;
import news.byline.article.body.BodyRenderer;
import news.byline.author.Author;
import news.byline.cache.Change;
import news.byline.cache.ListKey;
import news.byline.cache.PurgeKeys;
import news.byline.content.ContentEntity;
import news.byline.event.Streamed;

/** One update on a live page: a title, body blocks, its contributors, and whether it is a key event or pinned. */
@Entity
@Table(name = "live_post")
public class LivePost extends ContentEntity implements Streamed {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article page;
    @Enumerated(EnumType.STRING)
    public LivePostStatus status;
    public String title;
    /** The body blocks as JSON, as an article keeps them. */
    public String body;
    @Column(name = "word_count")
    public int wordCount;
    @Column(name = "key_event")
    public boolean keyEvent;
    public boolean pinned;
    @Column(name = "published_at")
    public Instant publishedAt;
    /** When a scheduled post goes out. */
    @Column(name = "publish_at")
    public Instant publishAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;

    @ManyToMany
    @JoinTable(name = "live_post_contributor", joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    public List<Author> contributors = new ArrayList<>();

    /** The images the body shows, kept with the body: what an image delete asks instead of reading bodies. */
    @ElementCollection
    @CollectionTable(name = "live_post_image", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "image_id")
    public Set<UUID> imageIds = new HashSet<>();

    /** The status as last read or announced: what a change of status is measured from. */
    @Transient
    LivePostStatus statusAnnounced;
    /** Images the body stopped showing in this transaction: a public post may have been what made them public. */
    @Transient
    private final Set<UUID> imagesDropped = new HashSet<>();

    @PostLoad
    void rememberStatus() {
        statusAnnounced = status;
    }

    void writeBody(String json, List<Block> blocks) {
        body = json;
        wordCount = BodyRenderer.wordCount(blocks);
        List<UUID> shown = Block.imageIds(blocks);
        imageIds.stream().filter(id -> !shown.contains(id)).forEach(imagesDropped::add);
        imageIds.retainAll(shown);
        imageIds.addAll(shown);
    }

    boolean isPublic() {
        return status == LivePostStatus.PUBLISHED;
    }

    boolean wasPublic() {
        return statusAnnounced == LivePostStatus.PUBLISHED;
    }

    @Override
    public String handle() {
        return id.toString();
    }

    @Override
    public UUID streamId() {
        return page.id;
    }

    /**
     * What shows a post: its own page, and its live page (the page read, its post lists and feed, and every list whose
     * summary of the page shows the newest post's time), named by the page's id. A draft's edits purge nothing; a post
     * leaving public view also purges the images it showed, which may have turned private.
     */
    @Override
    public void keys(Change change, PurgeKeys keys) {
        if (change.unlinked()) {
            return;
        }
        boolean shown = change.removed() ? wasPublic() : isPublic() || wasPublic();
        if (!shown) {
            return;
        }
        keys.add(id);
        keys.add(page.id);
        keys.add(ListKey.LIVE_POSTS); // post lists and feeds: an empty page of posts, or a feed, names no post
        imagesDropped.forEach(keys::add);
        imagesDropped.clear();
        if (change.removed() || !isPublic()) {
            imageIds.forEach(keys::add);
        }
    }
}
