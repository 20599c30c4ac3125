package news.byline.cache;

import java.util.Set;

/**
 * Surrogate keys that name a kind of list rather than one entity: a response that lists things of a kind
 * carries its list's key (declared by its route, see {@code web.route.Shows}), so that an item new to the
 * list, which no id in the response names yet, purges it. The only place these keys are spelled out.
 */
public enum ListKey {
    /** Every list of stories (lists, feeds, sitemaps, collections, Most Read): a story enters, leaves or moves in them. */
    ARTICLES("articles"),
    /** Lists whose membership or order follows text or update time (search, sort=-updatedAt, updatedFrom). */
    ARTICLE_TEXT("article-text"),
    /** Any topic: stories show topics by name. */
    TOPICS("topics"),
    /** Any author. */
    AUTHORS("authors"),
    /** The section tree: a section shows its children, lists filter by path. */
    SECTIONS("sections"),
    /** The navigation bars. */
    NAVIGATION("navigation"),
    COLLECTIONS("collections"),
    /** Live pages' post lists and feeds, which a post change can make stale without their naming it (an empty page, a feed). */
    LIVE_POSTS("live-posts"),
    IMAGES("images"),
    /** Most Read rankings, which change as views are counted. */
    MOST_READ("most-read"),
    /** The change feed, which grows as events are sequenced. */
    CHANGES("changes"),
    /** Not a list: every prepared response, for changes too wide to name. */
    EVERYTHING("*");

    /**
     * Keys that every change of a kind's public content purges (an article: "article-text"; a topic: "topics"…):
     * what a response too large to name its items one by one names instead.
     */
    public static final Set<ListKey> KIND_WIDE = Set.of(ARTICLE_TEXT, TOPICS, AUTHORS, SECTIONS, IMAGES, COLLECTIONS);

    private final String key;

    ListKey(String key) {
        this.key = key;
    }

    /** The surrogate key as responses, purges and CDNs carry it. */
    public String key() {
        return key;
    }
}
