package news.byline.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/** The purge calls of each CDN, without the server. */
class CdnPurgeRequestTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void fastlyPurgesBySurrogateKeyOrEverything() {
        HttpRequest keys = CdnPurge.request("fastly", "https://api.fastly.com/", "svc", "tok", List.of("a1", "articles"), TIMEOUT);
        assertEquals("https://api.fastly.com/service/svc/purge", keys.uri().toString());
        assertEquals("a1 articles", keys.headers().firstValue("Surrogate-Key").orElseThrow());
        assertEquals("tok", keys.headers().firstValue("Fastly-Key").orElseThrow());
        HttpRequest all = CdnPurge.request("fastly", "https://api.fastly.com", "svc", "tok", List.of("*"), TIMEOUT);
        assertEquals("https://api.fastly.com/service/svc/purge_all", all.uri().toString());
    }

    @Test
    void cloudflarePurgesByCacheTagOrEverything() {
        HttpRequest tags = CdnPurge.request("cloudflare", "https://api.cloudflare.com/client/v4", "zone", "tok",
                List.of("a1", "articles"), TIMEOUT);
        assertEquals("https://api.cloudflare.com/client/v4/zones/zone/purge_cache", tags.uri().toString());
        assertEquals("Bearer tok", tags.headers().firstValue("Authorization").orElseThrow());
        assertEquals("{\"tags\":[\"a1\",\"articles\"]}", body(tags));
        assertEquals("{\"purge_everything\":true}",
                body(CdnPurge.request("cloudflare", "https://api.cloudflare.com/client/v4", "zone", "tok", List.of("a1", "*"), TIMEOUT)));
    }

    private static String body(HttpRequest request) {
        List<ByteBuffer> parts = new ArrayList<>();
        request.bodyPublisher().orElseThrow().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                parts.add(item);
            }

            @Override
            public void onError(Throwable throwable) {
                throw new IllegalStateException(throwable);
            }

            @Override
            public void onComplete() {
            }
        });
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(java.nio.charset.StandardCharsets.UTF_8.decode(part)));
        assertTrue(text.length() > 0);
        return text.toString();
    }
}
