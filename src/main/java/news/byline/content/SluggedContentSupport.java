package news.byline.content;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import news.byline.event.Outbox;
import news.byline.web.EntityTags;
import news.byline.web.HandedOutVersion;
import news.byline.web.MergePatch;

/**
 * What {@link SluggedContentService} needs of the shared layers, as one bean: a feature's service injects it
 * and hands it on, whatever the steps come to need.
 */
@Singleton
public class SluggedContentSupport {
    private final EntityManager entityManager;
    private final EntityTags tags;
    private final MergePatch mergePatch;
    private final References references;
    private final Outbox outbox;
    private final HandedOutVersion handedOut;

    public SluggedContentSupport(EntityManager entityManager, EntityTags tags, MergePatch mergePatch, References references,
                                 Outbox outbox, HandedOutVersion handedOut) {
        this.handedOut = handedOut;
        this.entityManager = entityManager;
        this.tags = tags;
        this.mergePatch = mergePatch;
        this.references = references;
        this.outbox = outbox;
    }

    EntityManager entityManager() {
        return entityManager;
    }

    EntityTags tags() {
        return tags;
    }

    MergePatch mergePatch() {
        return mergePatch;
    }

    References references() {
        return references;
    }

    Outbox outbox() {
        return outbox;
    }

    HandedOutVersion handedOut() {
        return handedOut;
    }
}
