package news.byline.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Values derived from content (counts, candidate lists), kept until a change names one of the given
 * surrogate keys. A value read while such a change committed is used once but not kept, since it may
 * have been read before the change.
 */
public final class DerivedData<K, V> {
    private final Cache<K, V> values;
    private final Set<String> purgedBy;
    private final AtomicLong generation = new AtomicLong();

    /**
     * Longest a value is kept, purge or not: what a lost purge (another instance's) can cost. The same as for
     * rendered answers (BYLINE_CACHE_MAX_AGE), which are rendered from these values.
     */
    private static Duration maxAge() {
        return ConfigProvider.getConfig().getOptionalValue("byline.cache.max-age", Duration.class).orElse(Duration.ofMinutes(5));
    }

    /** @param purgedBy the lists whose change drops every value ({@link ListKey#EVERYTHING} always does) */
    public DerivedData(long maximumSize, Set<ListKey> purgedBy) {
        this.values = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(maxAge()).build();
        this.purgedBy = purgedBy.stream().map(ListKey::key).collect(Collectors.toUnmodifiableSet());
    }

    public V get(K key, Function<K, V> read) {
        V value = values.getIfPresent(key);
        if (value != null) {
            return value;
        }
        long readIn = generation.get();
        value = read.apply(key);
        values.put(key, value);
        if (generation.get() != readIn) {
            values.invalidate(key);
        }
        return value;
    }

    /** The values of these keys; those missing are read together ({@code read} returns what it found). */
    public Map<K, V> getAll(Collection<K> keys, Function<Set<K>, Map<K, V>> read) {
        Map<K, V> found = new HashMap<>(values.getAllPresent(keys));
        Set<K> missing = new LinkedHashSet<>(keys);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            long readIn = generation.get();
            Map<K, V> fresh = read.apply(missing);
            values.putAll(fresh);
            if (generation.get() != readIn) {
                values.invalidateAll(fresh.keySet());
            }
            found.putAll(fresh);
        }
        return found;
    }

    /** Call from an observer of {@link ContentChanged}. */
    public void purge(ContentChanged change) {
        if (change.keys().contains(ListKey.EVERYTHING.key()) || change.keys().stream().anyMatch(purgedBy::contains)) {
            generation.incrementAndGet();
            values.invalidateAll();
        }
    }
}
