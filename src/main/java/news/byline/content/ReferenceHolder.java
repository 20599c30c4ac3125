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
}
