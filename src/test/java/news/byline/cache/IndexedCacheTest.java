package news.byline.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Values leave by the surrogate keys they name, and a value read across a purge is not kept. */
class IndexedCacheTest {
    /** A value "a+b" depends on the keys a and b. */
    private final IndexedCache<String, String> cache =
            IndexedCache.ofSize(100, Duration.ofMinutes(5), value -> List.of(value.split("\\+")));

    private void put(String key, String value) {
        cache.put(key, value, cache.generation());
    }

    private void purge(String... keys) {
        cache.purge(new ContentChanged(Set.of(keys), true));
    }

    @Test
    void aPurgeDropsExactlyTheValuesThatNameAKey() {
        put("page-1", "story-1+topic");
        put("page-2", "story-2+topic");
        put("page-3", "story-3");
        purge("story-1");
        assertNull(cache.get("page-1"));
        assertEquals("story-2+topic", cache.get("page-2"));
        purge("topic");
        assertNull(cache.get("page-2"));
        assertEquals("story-3", cache.get("page-3"));
        purge(ListKey.EVERYTHING.key());
        assertNull(cache.get("page-3"));
    }

    @Test
    void aValueReadBeforeAPurgeIsNotKept() {
        long readIn = cache.generation();
        purge("unrelated"); // a change committed while the value was being read
        cache.put("page", "story", readIn);
        assertNull(cache.get("page"));
        cache.put("page", "story", cache.generation());
        assertEquals("story", cache.get("page"));
    }

    @Test
    void aReplacedValueLeavesByItsNewKeys() {
        put("page", "story-1");
        put("page", "story-2+topic");
        purge("topic");
        assertNull(cache.get("page"));
    }
}
