package news.byline.cache;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A public response as it was rendered: the body as sent (and gzipped, when worth it), its strong ETag,
 * the headers to repeat, and the surrogate keys that evict it.
 *
 * @param gzip null when compressing would not pay
 */
public record PreparedResponse(String mediaType, byte[] identity, byte[] gzip, String etag, String lastModified,
                             List<Map.Entry<String, String>> headers, Set<String> keys) {

    /** Approximate heap cost, for the cache's byte budget. */
    int weight() {
        return 256 + identity.length + (gzip == null ? 0 : gzip.length) + 64 * headers.size();
    }
}
