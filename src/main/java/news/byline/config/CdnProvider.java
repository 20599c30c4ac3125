package news.byline.config;

import java.util.Locale;

/** The CDN Byline purges as content changes, if any. */
public enum CdnProvider {
    NONE, FASTLY, CLOUDFLARE;

    /** As the setting and the purger's endpoint name it: fastly. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
