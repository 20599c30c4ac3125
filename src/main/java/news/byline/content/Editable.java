package news.byline.content;

import news.byline.cache.Purgeable;
import news.byline.domain.Version;

/** Content editors write: named by a handle in events and refusals, and checked against its row version. */
public interface Editable extends Purgeable {

    /** The optimistic-lock version: what If-Match is checked against, whatever the view shows of other content. */
    long version();

    /** How events and refusals name it: a slug, a section's path, an image's id. */
    String handle();

    default Version currentVersion() {
        return Version.of(purgeId(), version());
    }
}
