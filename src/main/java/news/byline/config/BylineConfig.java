package news.byline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Byline's own settings; each can be overridden by an environment variable (BYLINE_…). */
@ConfigMapping(prefix = "byline")
public interface BylineConfig {

    /**
     * Load the sample content (the seed page plus generated filler) at start. Unset means: yes on the
     * embedded H2 database, no on PostgreSQL. Env: BYLINE_SAMPLE_CONTENT.
     */
    Optional<Boolean> sampleContent();

    /**
     * Path of the section that is the site's front page: the navigation marks its entry, so a front end links
     * it to its home page. Env: BYLINE_FRONT_PAGE.
     */
    @WithDefault("home")
    String frontPage();

    /** Public address of the front-end site; article canonical URLs are built under it. Env: BYLINE_SITE_URL. */
    @WithDefault("https://www.byline.example")
    String siteUrl();

    /**
     * The first admin API key, at least 32 varied characters (a weaker one stops the start). Kept as a key
     * named BYLINE_ADMIN_KEY, which an admin can revoke. Unset: on the embedded H2 database a key is generated
     * at first start and written to {@link #adminKeyFile()}; on PostgreSQL there is no admin until this is set.
     * Env: BYLINE_ADMIN_KEY.
     */
    Optional<String> adminKey();

    /** Where a generated admin key is written, readable by its owner only. Env: BYLINE_ADMIN_KEY_FILE. */
    @WithDefault("data/admin-key")
    String adminKeyFile();

    /**
     * How long an instance trusts what it looked up about a key: a key revoked through another instance stops
     * working here within this time (at once on the instance that revoked it). Env: BYLINE_KEY_RECHECK_AFTER.
     */
    @WithDefault("30s")
    Duration keyRecheckAfter();

    /**
     * Key (32 bytes, base64: openssl rand -base64 32) that seals stored secrets (webhook signing secrets, the shared
     * cursor key) with AES-256-GCM. Unset: one made once and kept in {@link #secretsKeyFile()}. Env: BYLINE_SECRETS_KEY.
     */
    Optional<String> secretsKey();

    /**
     * Keys that sealed secrets before the current one (rotation); values under them are sealed again at start.
     * Env: BYLINE_SECRETS_PREVIOUS_KEYS.
     */
    Optional<java.util.List<String>> secretsPreviousKeys();

    /** Where a made secrets key is kept, readable by its owner only. Env: BYLINE_SECRETS_KEY_FILE. */
    @WithDefault("data/secrets-key")
    String secretsKeyFile();

    /** Key that signs paging cursors; unset: one made once and kept in the database for every instance. Env: BYLINE_CURSOR_SECRET. */
    Optional<String> cursorSecret();

    /** How long a paging cursor stays valid. Env: BYLINE_CURSOR_TTL. */
    @WithDefault("24h")
    Duration cursorTtl();

    /** How many stories "related" holds: the curated ones first, then computed ones. Env: BYLINE_RELATED_COUNT. */
    @WithDefault("6")
    int relatedCount();

    /**
     * Search by relevance ranks this many of the newest matches (the rest follow, newest first), so that a
     * common word costs what a rare one does. Env: BYLINE_SEARCH_RANK_WINDOW.
     */
    @WithDefault("300")
    int searchRankWindow();

    /** The publication's name, as feeds and the Google News sitemap give it. Env: BYLINE_PUBLICATION_NAME. */
    @WithDefault("Byline")
    String publicationName();

    /** Public address of this API; links to uploaded images and their renditions are built under it. Env: BYLINE_API_URL. */
    @WithDefault("http://localhost:8080")
    String apiUrl();

    /** Image uploads and renditions. */
    Images images();

    interface Images {
        /** Where originals and cached renditions are kept. Env: BYLINE_IMAGES_DIRECTORY. */
        @WithDefault("data/images")
        String directory();

        /** Largest upload accepted, in bytes (413 above). Env: BYLINE_IMAGES_MAX_BYTES. */
        @WithDefault("20971520")
        long maxBytes();

        /**
         * Most pixels an uploaded image may declare (read from its header, before anything decodes it): a small
         * file can declare a huge canvas that would take gigabytes to scale. Env: BYLINE_IMAGES_MAX_PIXELS.
         */
        @WithDefault("50000000")
        long maxPixels();
    }

    /** The outbox of content events and its change feed. */
    Events events();

    interface Events {
        /** How often an instance gives positions to committed events that a crash left without. Env: BYLINE_EVENTS_SEQUENCE_INTERVAL. */
        @WithDefault("1s")
        Duration sequenceInterval();

        /**
         * How long events are kept for the change feed; older ones are pruned (hourly), except those an endpoint
         * has not had yet. A token from before what is kept answers 400. Env: BYLINE_EVENTS_RETENTION.
         */
        @WithDefault("30d")
        Duration retention();
    }

    /** Live pages' event streams (server-sent events). */
    Live live();

    interface Live {
        /** Most streams one instance holds open; beyond, 503 with Retry-After. Env: BYLINE_LIVE_MAX_STREAMS. */
        @WithDefault("20000")
        int maxStreams();

        /** How often an idle stream gets a comment line, so that proxies do not close it. Env: BYLINE_LIVE_HEARTBEAT. */
        @WithDefault("15s")
        Duration heartbeat();

        /** How long a client waits before reconnecting (the stream's retry field). Env: BYLINE_LIVE_RETRY. */
        @WithDefault("3s")
        Duration retry();

        /**
         * How many of the latest stream events an instance keeps in memory, so that readers reconnecting after a
         * short break resume without a database read each. Env: BYLINE_LIVE_RESUME_WINDOW.
         */
        @WithDefault("5000")
        int resumeWindow();

        /** Most missed events a reconnecting reader is sent; further behind, it is told to reload the page. Env: BYLINE_LIVE_MAX_RESUME. */
        @WithDefault("1000")
        int maxResume();
    }

    /** Delivery of content events to registered webhook endpoints. */
    Webhooks webhooks();

    interface Webhooks {
        /**
         * How often each instance looks for endpoints with events to deliver, or off (for tests): a scheduler
         * expression, so a text, since a Duration cannot say off. Env: BYLINE_WEBHOOKS_DISPATCH_INTERVAL.
         */
        @WithDefault("1s")
        String dispatchInterval();

        /** Longest wait for a receiver's answer, connection included; a slower one counts as a failed attempt. Env: BYLINE_WEBHOOKS_TIMEOUT. */
        @WithDefault("10s")
        Duration timeout();

        /** First wait after a failed attempt; each further failure doubles it (with jitter) up to the maximum. Env: BYLINE_WEBHOOKS_BACKOFF_BASE. */
        @WithDefault("5s")
        Duration backoffBase();

        /** Longest wait between attempts. Env: BYLINE_WEBHOOKS_BACKOFF_MAX. */
        @WithDefault("1h")
        Duration backoffMax();

        /** How long an event is retried before the endpoint is marked failing (it then waits for an admin). Env: BYLINE_WEBHOOKS_RETRY_FOR. */
        @WithDefault("24h")
        Duration retryFor();

        /**
         * Endpoints delivered to at the same time by one instance (a thread each while in flight); a hanging receiver
         * holds only its own, for at most the timeout an attempt. Env: BYLINE_WEBHOOKS_THREADS.
         */
        @WithDefault("32")
        int threads();

        /** Accept receivers on loopback, private and other special-purpose addresses (for tests and closed networks). Env: BYLINE_WEBHOOKS_ALLOW_PRIVATE_TARGETS. */
        @WithDefault("false")
        boolean allowPrivateTargets();
    }

    /** Purging a CDN by surrogate key as content changes. */
    Cdn cdn();

    interface Cdn {
        /** none, fastly (surrogate-key purge) or cloudflare (cache-tag purge). Env: BYLINE_CDN_PROVIDER. */
        @WithDefault("none")
        CdnProvider provider();

        /** The CDN's API address; unset: https://api.fastly.com or https://api.cloudflare.com/client/v4. Env: BYLINE_CDN_API_URL. */
        Optional<String> apiUrl();

        /** The Fastly service id, or the Cloudflare zone id. Env: BYLINE_CDN_SERVICE. */
        Optional<String> service();

        /** The API token (Fastly-Key, or a Cloudflare bearer token with cache purge rights). Env: BYLINE_CDN_TOKEN. */
        Optional<String> token();
    }

    Views views();

    interface Views {
        /**
         * How often beacon views counted in memory are written, or off (tests write them themselves): a scheduler
         * expression, so a text, since a Duration cannot say off. Env: BYLINE_VIEWS_FLUSH_INTERVAL.
         */
        @WithDefault("5s")
        String flushInterval();
    }

    Schedule schedule();

    interface Schedule {
        /** How often each instance looks for scheduled articles that are due. Env: BYLINE_SCHEDULE_CHECK_INTERVAL. */
        @WithDefault("30s")
        Duration checkInterval();
    }

    /** Requests a client may make, per instance (0: no limit). */
    RateLimits rateLimits();

    interface RateLimits {
        /** Public reads (GET and HEAD without a valid bearer key) per client address per minute. Env: BYLINE_RATE_LIMITS_READS_PER_MINUTE. */
        @WithDefault("1200")
        long readsPerMinute();

        /**
         * Reads with a delivery key (a front end's server or build) per key per minute; editorial keys' reads have no
         * budget. Env: BYLINE_RATE_LIMITS_DELIVERY_READS_PER_MINUTE.
         */
        @WithDefault("12000")
        long deliveryReadsPerMinute();

        /**
         * Requests with an unknown or revoked key per client address per minute; past it, 429 without a lookup.
         * Env: BYLINE_RATE_LIMITS_FAILED_AUTHENTICATIONS_PER_MINUTE.
         */
        @WithDefault("20")
        long failedAuthenticationsPerMinute();

        /** How late a 401 for an unknown or revoked key answers, to slow guessing. Env: BYLINE_RATE_LIMITS_FAILED_AUTHENTICATION_DELAY. */
        @WithDefault("250ms")
        Duration failedAuthenticationDelay();

        /** Writes (POST, PUT, PATCH, DELETE with a key) per API key per minute. Env: BYLINE_RATE_LIMITS_WRITES_PER_MINUTE. */
        @WithDefault("120")
        long writesPerMinute();

        /** Page-view beacons per client address per minute. Env: BYLINE_RATE_LIMITS_BEACONS_PER_MINUTE. */
        @WithDefault("60")
        long beaconsPerMinute();

        /** Clients (addresses and keys) whose budgets are kept; the least recently seen go first. Env: BYLINE_RATE_LIMITS_CLIENTS. */
        @WithDefault("100000")
        long clients();
    }

    /** The cache of rendered public responses. */
    Cache cache();

    interface Cache {
        /** Keep public GET responses as bytes, evicted by surrogate key. Env: BYLINE_CACHE_ENABLED. */
        @WithDefault("true")
        boolean enabled();

        /** Heap the cached responses may take, in bytes. Env: BYLINE_CACHE_MAX_BYTES. */
        @WithDefault("134217728")
        long maxBytes();

        /** Longest a response stays, purge or not (time-windowed content such as Most Read). Env: BYLINE_CACHE_MAX_AGE. */
        @WithDefault("5m")
        Duration maxAge();

        /**
         * Story summaries kept prepared for lists, promos and related stories, evicted like responses (0: none,
         * every list reads its stories from the database). Env: BYLINE_CACHE_SUMMARIES.
         */
        @WithDefault("50000")
        long summaries();

        /** Full stories (body with its images, breadcrumb) kept prepared the same way (0: none). Env: BYLINE_CACHE_ARTICLES. */
        @WithDefault("2000")
        long articles();
    }

}
