package news.byline.domain;

import java.util.UUID;

/**
 * What a write is checked against: an entity's id and row version, or the storage key of bytes that never
 * change under it (an image original). The HTTP layer hands it out as the ETag and compares If-Match with it.
 */
public record Version(String token) {

    public static Version of(UUID id, long number) {
        return new Version(id + "/" + number);
    }

    public static Version stored(String storageKey) {
        return new Version("stored/" + storageKey);
    }
}
