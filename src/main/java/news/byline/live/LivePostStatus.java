package news.byline.live;

/** Where a post stands: only published posts of a published live page are public; a deleted one is a tombstone. */
public enum LivePostStatus {
    DRAFT, SCHEDULED, PUBLISHED, DELETED
}
