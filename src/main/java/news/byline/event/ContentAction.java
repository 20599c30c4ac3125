package news.byline.event;

import java.util.Locale;

/**
 * What happened to public content: the second half of an event's type (article.published). Stories are
 * published, updated, unpublished, archived and deleted; other content is created, updated and deleted
 * (an image also unpublished, when nothing public shows it any more).
 */
public enum ContentAction {
    CREATED, UPDATED, DELETED, PUBLISHED, UNPUBLISHED, ARCHIVED,
    /** A live page's coverage ended. */
    ENDED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
