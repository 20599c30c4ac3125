package news.byline.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import news.byline.config.BylineConfig;
import news.byline.event.ChangeTokens;
import news.byline.event.OutboxEvent;

/**
 * The database side of a delivery, each step a short transaction of its own (no connection is held while
 * a receiver answers): which event an endpoint gets next, and what an attempt did to where it stands.
 * Dispatcher state changes by update statements, so that they never clash with an admin's edit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class WebhookLog {
    private static final int LOOK_AHEAD = 100;

    private final EntityManager entityManager;
    private final Duration retryFor;

    public WebhookLog(EntityManager entityManager, BylineConfig config) {
        this.entityManager = entityManager;
        this.retryFor = config.webhooks().retryFor();
    }

    /** The next event an endpoint takes, at its own position; events of types it does not take are passed over. */
    public record Next(Webhook endpoint, long position, WebhookPayload payload) {
    }

    /** What to send the endpoint next, or null when it is up to date (or gone, disabled, failing). */
    public Next next(UUID endpointId) {
        Webhook endpoint = entityManager.find(Webhook.class, endpointId);
        if (endpoint == null || !endpoint.enabled || endpoint.failing) {
            return null;
        }
        List<OutboxEvent> events = entityManager.createQuery(
                        "from OutboxEvent e where e.position > :after order by e.position", OutboxEvent.class)
                .setParameter("after", endpoint.deliveredPosition).setMaxResults(LOOK_AHEAD).getResultList();
        long passedOver = endpoint.deliveredPosition;
        for (OutboxEvent event : events) {
            if (endpoint.wants(event.type)) {
                advance(endpointId, passedOver);
                entityManager.detach(endpoint);
                return new Next(endpoint, event.position, payload(endpointId, event));
            }
            passedOver = event.position;
        }
        advance(endpointId, passedOver);
        return null;
    }

    /**
     * Logs an attempt and moves the endpoint on (success) or schedules the next try (failure; past the retry
     * window the endpoint is marked failing and waits for an admin). True when it succeeded.
     */
    public boolean attempted(UUID endpointId, Next next, WebhookSender.Outcome outcome, IntFunction<Duration> retryDelay) {
        Webhook endpoint = entityManager.find(Webhook.class, endpointId);
        if (endpoint == null) {
            return false;
        }
        Instant now = Instant.now();
        log(endpointId, next.payload(), next.position(), endpoint.attempts + 1, now, outcome);
        if (outcome.succeeded()) {
            entityManager.createQuery("update Webhook w set w.deliveredPosition = :position, w.attempts = 0,"
                            + " w.nextAttemptAt = null, w.failingSince = null where w.id = :id and w.deliveredPosition < :position")
                    .setParameter("position", next.position()).setParameter("id", endpointId).executeUpdate();
            return true;
        }
        Instant since = endpoint.failingSince != null ? endpoint.failingSince : now;
        boolean givenUp = Duration.between(since, now).compareTo(retryFor) >= 0;
        entityManager.createQuery("update Webhook w set w.attempts = w.attempts + 1, w.failingSince = :since,"
                        + " w.nextAttemptAt = :next, w.failing = :failing where w.id = :id")
                .setParameter("since", since).setParameter("next", now.plus(retryDelay.apply(endpoint.attempts + 1)))
                .setParameter("failing", givenUp).setParameter("id", endpointId).executeUpdate();
        return false;
    }

    /** Logs an attempt made outside the ordered delivery (a ping, a replay). */
    public WebhookDelivery log(UUID endpointId, WebhookPayload payload, Long position, int attempt, Instant at,
                               WebhookSender.Outcome outcome) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.webhookId = endpointId;
        delivery.deliveryId = payload.deliveryId();
        delivery.eventPosition = position;
        delivery.eventType = payload.event().type();
        delivery.attempt = attempt;
        delivery.attemptedAt = at;
        delivery.statusCode = outcome.status();
        delivery.latencyMs = outcome.latencyMs();
        delivery.succeeded = outcome.succeeded();
        delivery.error = outcome.error();
        delivery.persist();
        return delivery;
    }

    /** The payload of an event for an endpoint. */
    public static WebhookPayload payload(UUID endpointId, OutboxEvent event) {
        return new WebhookPayload(WebhookSender.deliveryId(endpointId, event.position), new WebhookPayload.Event(
                ChangeTokens.encode(event.position), event.type, event.kind, event.content == null ? "tombstone" : "upsert",
                event.entityId, event.slug, event.occurredAt, event.actor, Arrays.asList(event.surrogateKeys.split(" ")),
                event.content));
    }

    private void advance(UUID endpointId, long position) {
        entityManager.createQuery("update Webhook w set w.deliveredPosition = :position where w.id = :id and w.deliveredPosition < :position")
                .setParameter("position", position).setParameter("id", endpointId).executeUpdate();
    }
}
