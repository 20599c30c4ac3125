package news.byline.event;

import java.util.Locale;

/** What an event is about: the first half of its type (article.published). */
public enum ContentKind {
    ARTICLE, SECTION, TOPIC, AUTHOR, IMAGE, COLLECTION,
    /** One post of a live page. */
    LIVE_POST,
    /** A live page's own state: key points, the pinned post, coverage. */
    LIVE_PAGE;

    /** As event types and the change feed name it (live-post). */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
