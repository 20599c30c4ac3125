package news.byline.live;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The queries a page's published posts are read by, newest first by publication time then id (the
 * live_post_page_idx order): each reads one page's slice of the index and stops.
 */
final class LivePosts {
    private static final String PUBLISHED = "from LivePost p where p.page.id = ?1 and p.status = news.byline.live.LivePostStatus.PUBLISHED ";
    private static final String NEWEST_FIRST = " order by p.publishedAt desc, p.id desc";

    private LivePosts() {
    }

    static List<LivePost> newest(UUID page, int limit) {
        return LivePost.<LivePost>find(PUBLISHED + NEWEST_FIRST, page).page(0, limit).list();
    }

    /** Published before the anchor (publication time, then id), newest first. */
    static List<LivePost> before(UUID page, Instant at, UUID id, int limit) {
        return LivePost.<LivePost>find(PUBLISHED + "and (p.publishedAt < ?2 or (p.publishedAt = ?2 and p.id < ?3))" + NEWEST_FIRST,
                page, at, id).page(0, limit).list();
    }

    /** Published after the anchor, oldest first: what a reader who saw the anchor missed, in order. */
    static List<LivePost> after(UUID page, Instant at, UUID id, int limit) {
        return LivePost.<LivePost>find(PUBLISHED + "and (p.publishedAt > ?2 or (p.publishedAt = ?2 and p.id > ?3))"
                + " order by p.publishedAt, p.id", page, at, id).page(0, limit).list();
    }

    static List<KeyEventView> keyEvents(UUID page, int limit) {
        return LivePost.getEntityManager().createQuery("select new news.byline.live.KeyEventView(p.id, p.title, p.publishedAt) "
                        + PUBLISHED.replace("?1", ":page") + "and p.keyEvent = true" + NEWEST_FIRST, KeyEventView.class)
                .setParameter("page", page).setMaxResults(limit).getResultList();
    }
}
