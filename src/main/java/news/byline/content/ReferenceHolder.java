package news.byline.content;

import java.util.List;
import java.util.UUID;

/**
 * A feature whose content points at other features' entities (an article at its section, topics, authors,
 * images; a collection at its stories). Asked before such an entity is deleted, so that the owner of the
 * entity needs to know nothing of who points at it.
 */
public interface ReferenceHolder {

    /** Up to {@code limit} names ("article niger-coup") of what this feature keeps that points at the entity. */
    List<String> referencesTo(Class<?> type, UUID id, int limit);

    /** Whether content of this feature that anyone may read (a published story, an author…) points at the entity. */
    boolean showsPublicly(Class<?> type, UUID id);

    /**
     * JPQL conditions, one per kind of reference this feature keeps, each true when its content points at the
     * entity whose id is the path {@code idPath} (for listings such as unused images).
     */
    List<String> pointsAt(Class<?> type, String idPath);

    /** Whether content of this feature that this key may edit without an editor's role (its own drafts) points at the entity. */
    default boolean editableBy(Class<?> type, UUID id, String keyId) {
        return false;
    }
}
