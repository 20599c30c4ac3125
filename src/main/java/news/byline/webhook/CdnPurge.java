package news.byline.webhook;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
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

    static HttpRequest request(String provider, String apiUrl, String service, String token, List<String> keys, Duration timeout) {
        String base = apiUrl.replaceAll("/+$", "");
        boolean everything = keys.contains(EVERYTHING);
        HttpRequest.Builder request;
        if (provider.equals(FASTLY)) {
            request = HttpRequest.newBuilder(URI.create(base + "/service/" + service + (everything ? "/purge_all" : "/purge")))
                    .header("Fastly-Key", token).header("Accept", "application/json");
            if (!everything) {
                request.header("Surrogate-Key", String.join(" ", keys));
            }
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else if (provider.equals(CLOUDFLARE)) {
            String body = everything ? "{\"purge_everything\":true}"
                    : keys.stream().map(key -> "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                    .collect(Collectors.joining(",", "{\"tags\":[", "]}"));
            request = HttpRequest.newBuilder(URI.create(base + "/zones/" + service + "/purge_cache"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            throw new IllegalArgumentException("Unknown CDN provider " + provider);
        }
        return request.timeout(timeout).header("User-Agent", "Byline-Purger/1").build();
    }
}
