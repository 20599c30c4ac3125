package news.byline.webhook;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import news.byline.cache.ListKey;
import news.byline.config.CdnProvider;

/**
 * The purge call a CDN takes for an event's surrogate keys: Fastly's purge by surrogate key (keys in the
 * Surrogate-Key header, Fastly-Key auth) and Cloudflare's purge by cache tag (tags in a JSON body, bearer
 * auth); the key "*" (a change too wide to name) purges everything.
 */
final class CdnPurge {
    private static final String FASTLY = CdnProvider.FASTLY.id();
    private static final String CLOUDFLARE = CdnProvider.CLOUDFLARE.id();
    private static final String EVERYTHING = ListKey.EVERYTHING.key();

    private CdnPurge() {
    }

    static String defaultApiUrl(String provider) {
        return provider.equals(FASTLY) ? "https://api.fastly.com" : "https://api.cloudflare.com/client/v4";
    }

    static OutgoingPost request(String provider, String apiUrl, String service, String token, List<String> keys) {
        String base = apiUrl.replaceAll("/+$", "");
        boolean everything = keys.contains(EVERYTHING);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", "Byline-Purger/1");
        if (provider.equals(FASTLY)) {
            headers.put("Fastly-Key", token);
            headers.put("Accept", "application/json");
            if (!everything) {
                headers.put("Surrogate-Key", String.join(" ", keys));
            }
            return new OutgoingPost(URI.create(base + "/service/" + service + (everything ? "/purge_all" : "/purge")), headers, "");
        }
        if (provider.equals(CLOUDFLARE)) {
            String body = everything ? "{\"purge_everything\":true}"
                    : keys.stream().map(key -> "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                    .collect(Collectors.joining(",", "{\"tags\":[", "]}"));
            headers.put("Authorization", "Bearer " + token);
            headers.put("Content-Type", "application/json");
            return new OutgoingPost(URI.create(base + "/zones/" + service + "/purge_cache"), headers, body);
        }
        throw new IllegalArgumentException("Unknown CDN provider " + provider);
    }
}
