package news.byline.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import news.byline.config.BylineConfig;

/**
 * Public GET responses kept as rendered bytes, bounded by total bytes (Caffeine), and indexed by the
 * surrogate keys they carry so that a change evicts exactly the responses that name it.
 *
 * <p>A response rendered while a change committed may hold the old content: each render notes the
 * purge generation it started in, and is only stored if no purge happened since.
 */
@ApplicationScoped
public class ResponseCache {
    private final boolean enabled;
    private final Cache<String, CachedResponse> responses;
    /** Surrogate key → cache keys of the responses that carry it. */
    private final ConcurrentHashMap<String, Set<String>> byKey = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public ResponseCache(BylineConfig config) {
        this.enabled = config.cache().enabled();
        this.responses = Caffeine.newBuilder()
                .maximumWeight(config.cache().maxBytes())
                .weigher((String key, CachedResponse response) -> response.weight())
                .expireAfterWrite(config.cache().maxAge())
                .removalListener(this::unindex)
                .executor(Runnable::run)
                .build();
    }

    public boolean enabled() {
        return enabled;
    }

    public CachedResponse get(String cacheKey) {
        return enabled ? responses.getIfPresent(cacheKey) : null;
    }

    /** The purge generation now: pass it to {@link #put} for a response rendered from here on. */
    public long generation() {
        return generation.get();
    }

    /** Keeps a response rendered in the given generation, unless a purge has happened since. */
    public void put(String cacheKey, CachedResponse response, long renderedIn) {
        if (!enabled) {
            return;
        }
        responses.put(cacheKey, response);
        index(cacheKey, response);
        if (generation.get() != renderedIn) {
            responses.invalidate(cacheKey); // a purge raced this render: what it read may be stale
        }
    }

    void purge(@Observes @Priority(PurgeOrder.RESPONSES) ContentChanged change) {
        generation.incrementAndGet();
        if (change.keys().contains(PurgeKeys.ALL)) {
            responses.invalidateAll();
            return;
        }
        for (String key : change.keys()) {
            Set<String> cacheKeys = byKey.remove(key);
            if (cacheKeys != null) {
                responses.invalidateAll(cacheKeys);
            }
        }
    }

    private void unindex(String cacheKey, CachedResponse response, RemovalCause cause) {
        if (cause == RemovalCause.REPLACED || response == null || responses.asMap().containsKey(cacheKey)) {
            return;
        }
        for (String key : response.keys()) {
            byKey.computeIfPresent(key, (k, cacheKeys) -> {
                cacheKeys.remove(cacheKey);
                return cacheKeys.isEmpty() ? null : cacheKeys;
            });
        }
        CachedResponse stored = responses.getIfPresent(cacheKey);
        if (stored != null) {
            index(cacheKey, stored); // stored again meanwhile: keep it findable
        }
    }

    private void index(String cacheKey, CachedResponse response) {
        for (String key : response.keys()) {
            byKey.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(cacheKey);
        }
    }
}
