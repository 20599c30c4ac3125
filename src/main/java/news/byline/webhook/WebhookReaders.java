package news.byline.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.OptionalLong;
import news.byline.event.EventReaders;

/** Endpoints (enabled or paused, and the CDN purger) hold back pruning until they have had an event. */
@ApplicationScoped
class WebhookReaders implements EventReaders {
    private final EntityManager entityManager;

    public WebhookReaders(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public OptionalLong readUpTo() {
        Long lowest = entityManager.createQuery("select min(w.deliveredPosition) from Webhook w", Long.class).getSingleResult();
        return lowest == null ? OptionalLong.empty() : OptionalLong.of(lowest);
    }
}
