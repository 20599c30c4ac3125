package news.byline.feed;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The syndication formats Byline writes, with their media types. */
enum FeedFormat {
    RSS("application/rss+xml"), ATOM("application/atom+xml"), JSON("application/feed+json");

    public final String mediaType;

    FeedFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    static Optional<FeedFormat> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
    }
}
