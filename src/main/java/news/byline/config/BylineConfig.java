package news.byline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Byline's own settings; each can be overridden by an environment variable (BYLINE_…). */
@ConfigMapping(prefix = "byline")
public interface BylineConfig {

    /**
     * Load the sample content (the seed page plus generated filler) at start. Unset means: yes on the
     * embedded H2 database, no on PostgreSQL. Env: BYLINE_SAMPLE_CONTENT.
     */
    Optional<Boolean> sampleContent();

    /** Public address of the front-end site; article canonical URLs are built under it. Env: BYLINE_SITE_URL. */
    @WithDefault("https://www.byline.example")
    String siteUrl();

    /**
     * The first admin API key. Unset: on the embedded H2 database a key is generated at first start and
     * printed once; on PostgreSQL there is no admin until this is set. Env: BYLINE_ADMIN_KEY.
     */
    Optional<String> adminKey();
}
