package news.byline.popularity;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Guards Most Read against trivial inflation: one view per client per article per ten minutes, where a
 * client is a digest of its address and User-Agent (nothing personal is kept). Memory stays bounded: old
 * entries are swept every minute and the table is capped.
 */
@ApplicationScoped
public class RepeatViewFilter {
    static final Duration INTERVAL = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 500_000;

    private final Map<String, Long> lastCounted = new ConcurrentHashMap<>();

    /** True when this view should count; false for a repeat within the interval. */
    public boolean firstView(String address, String userAgent, UUID articleId) {
        long now = System.currentTimeMillis();
        String key = digest(address + "\u0000" + (userAgent == null ? "" : userAgent)) + articleId;
        Long previous = lastCounted.get(key);
        if (previous != null && now - previous < INTERVAL.toMillis()) {
            return false;
        }
        if (lastCounted.size() >= MAX_ENTRIES) {
            sweep();
        }
        lastCounted.put(key, now);
        return true;
    }

    @Scheduled(every = "1m")
    void sweep() {
        long oldest = System.currentTimeMillis() - INTERVAL.toMillis();
        lastCounted.values().removeIf(counted -> counted < oldest);
    }

    private static String digest(String client) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(client.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
