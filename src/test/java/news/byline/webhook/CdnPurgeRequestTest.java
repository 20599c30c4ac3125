package news.byline.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The purge calls of each CDN, without the server. */
class CdnPurgeRequestTest {
    @Test
    void fastlyPurgesBySurrogateKeyOrEverything() {
        OutgoingPost keys = CdnPurge.request("fastly", "https://api.fastly.com/", "svc", "tok", List.of("a1", "articles"));
        assertEquals("https://api.fastly.com/service/svc/purge", keys.uri().toString());
        assertEquals("a1 articles", keys.headers().get("Surrogate-Key"));
        assertEquals("tok", keys.headers().get("Fastly-Key"));
        OutgoingPost all = CdnPurge.request("fastly", "https://api.fastly.com", "svc", "tok", List.of("*"));
        assertEquals("https://api.fastly.com/service/svc/purge_all", all.uri().toString());
    }

    @Test
    void cloudflarePurgesByCacheTagOrEverything() {
        OutgoingPost tags = CdnPurge.request("cloudflare", "https://api.cloudflare.com/client/v4", "zone", "tok",
                List.of("a1", "articles"));
        assertEquals("https://api.cloudflare.com/client/v4/zones/zone/purge_cache", tags.uri().toString());
        assertEquals("Bearer tok", tags.headers().get("Authorization"));
        assertEquals("{\"tags\":[\"a1\",\"articles\"]}", tags.body());
        assertEquals("{\"purge_everything\":true}",
                CdnPurge.request("cloudflare", "https://api.cloudflare.com/client/v4", "zone", "tok", List.of("a1", "*")).body());
    }
}
