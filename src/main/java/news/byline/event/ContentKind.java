package news.byline.event;

import java.util.Locale;

/** What an event is about: the first half of its type (article.published). */
public enum ContentKind {
    ARTICLE, SECTION, TOPIC, AUTHOR, IMAGE, COLLECTION;

    /** As event types and the change feed name it. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
