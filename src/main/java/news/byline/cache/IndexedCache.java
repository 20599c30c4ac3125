package news.byline.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Weigher;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A bounded cache (Caffeine) whose values are indexed by the surrogate keys they depend on, so that a
 * change evicts exactly the values that name it.
 *
 * <p>A value read while a change committed may hold the old content: each read notes the purge generation
 * it started in ({@link #generation()}), and is only kept if no purge happened since.
 */
public final class IndexedCache<K, V> {
    private final Cache<K, V> values;
    private final Function<V, Collection<String>> keysOf;
    /** Surrogate key → cache keys of the values that depend on it. */
    private final ConcurrentHashMap<String, Set<K>> byKey = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /**
     * @param maximumWeight the bound, in the weigher's unit
     * @param maxAge        longest a value is kept, purge or not: what a lost purge (another instance's) can cost
     * @param keysOf        the surrogate keys a value depends on
     */
    public IndexedCache(long maximumWeight, Weigher<K, V> weigher, Duration maxAge, Function<V, Collection<String>> keysOf) {
        this.keysOf = keysOf;
        this.values = Caffeine.newBuilder()
                .maximumWeight(maximumWeight)
                .weigher(weigher)
                .expireAfterWrite(maxAge)
                .removalListener(this::unindex)
                .executor(Runnable::run)
                .build();
    }

    /** A cache bounded by the number of values. */
    public static <K, V> IndexedCache<K, V> ofSize(long maximumSize, Duration maxAge, Function<V, Collection<String>> keysOf) {
        return new IndexedCache<>(maximumSize, (K key, V value) -> 1, maxAge, keysOf);
    }

    public V get(K key) {
        return values.getIfPresent(key);
    }

    /** The purge generation now: pass it to {@link #put} for a value read from here on. */
    public long generation() {
        return generation.get();
    }

    /** Keeps a value read in the given generation, unless a purge has happened since. */
    public void put(K key, V value, long readIn) {
        values.put(key, value);
        index(key, value);
        if (generation.get() != readIn) {
            values.invalidate(key); // a purge raced this read: what it read may be stale
        }
    }

    /** Drops the values that depend on any of the changed keys; call from an observer of {@link ContentChanged}. */
    public void purge(ContentChanged change) {
        generation.incrementAndGet();
        if (change.keys().contains(ListKey.EVERYTHING.key())) {
            values.invalidateAll();
            return;
        }
        for (String key : change.keys()) {
            Set<K> cacheKeys = byKey.remove(key);
            if (cacheKeys != null) {
                values.invalidateAll(cacheKeys);
            }
        }
    }

    private void unindex(K cacheKey, V value, RemovalCause cause) {
        if (cause == RemovalCause.REPLACED || value == null || values.asMap().containsKey(cacheKey)) {
            return;
        }
        for (String key : keysOf.apply(value)) {
            byKey.computeIfPresent(key, (k, cacheKeys) -> {
                cacheKeys.remove(cacheKey);
                return cacheKeys.isEmpty() ? null : cacheKeys;
            });
        }
        V stored = values.getIfPresent(cacheKey);
        if (stored != null) {
            index(cacheKey, stored); // stored again meanwhile: keep it findable
        }
    }

    private void index(K cacheKey, V value) {
        for (String key : keysOf.apply(value)) {
            byKey.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(cacheKey);
        }
    }
}
