package news.byline.popularity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Guards Most Read against trivial inflation: one view per client address per article per ten minutes (the
 * User-Agent is not part of it: a client could change it at will). Only a digest of the address is kept, in
 * a table of bounded size that forgets entries as they expire: no sweep, no scan, whatever the flood.
 */
@ApplicationScoped
class RepeatViewFilter {
    static final Duration INTERVAL = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 500_000;

    private final Cache<String, Boolean> counted = Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES).expireAfterWrite(INTERVAL).build();

    /** True when this view should count; false for a repeat within the interval. */
    public boolean firstView(String address, UUID articleId) {
        return counted.asMap().putIfAbsent(digest(address) + articleId, Boolean.TRUE) == null;
    }

    private static String digest(String address) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
