package news.byline.cache;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import news.byline.config.BylineConfig;

/**
 * Public GET responses kept as rendered bytes, bounded by total bytes, and indexed by the surrogate keys
 * they carry so that a change evicts exactly the responses that name it.
 */
@ApplicationScoped
public class ResponseCache {
    private final boolean enabled;
    private final IndexedCache<String, PreparedResponse> responses;

    public ResponseCache(BylineConfig config) {
        this.enabled = config.cache().enabled();
        this.responses = new IndexedCache<>(config.cache().maxBytes(), ResponseCache::weight,
                config.cache().maxAge(), PreparedResponse::keys);
    }

    /** An entry's heap cost: the response and its key (two bytes a character), which a client chooses the length of. */
    static int weight(String cacheKey, PreparedResponse response) {
        return 2 * cacheKey.length() + response.weight();
    }

    public boolean enabled() {
        return enabled;
    }

    public PreparedResponse get(String cacheKey) {
        return enabled ? responses.get(cacheKey) : null;
    }

    /** The purge generation now: pass it to {@link #put} for a response rendered from here on. */
    public long generation() {
        return responses.generation();
    }

    /** Keeps a response rendered in the given generation, unless a purge has happened since. */
    public void put(String cacheKey, PreparedResponse response, long renderedIn) {
        if (enabled) {
            responses.put(cacheKey, response, renderedIn);
        }
    }

    void purge(@Observes @Priority(PurgeOrder.RESPONSES) ContentChanged change) {
        responses.purge(change);
    }
}
