package news.byline.content;

import java.util.UUID;

/** Content addressed by id or by a unique, readable slug. */
public interface Slugged {

    UUID id();

    String slug();

    /** The optimistic-lock version: what If-Match is checked against, whatever the view shows of other content. */
    long version();
}
