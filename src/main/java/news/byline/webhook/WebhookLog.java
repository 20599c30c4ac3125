package news.byline.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
class WebhookLog {
    private static final int LOOK_AHEAD = 100;

    private final EntityManager entityManager;
    private final Duration retryFor;

    public WebhookLog(EntityManager entityManager, BylineConfig config) {
        this.entityManager = entityManager;
        this.retryFor = config.webhooks().retryFor();
    }

    /** An event an endpoint takes, with its payload for that endpoint. */
    public record Pending(long position, WebhookPayload payload) {
    }

    /** The endpoint (detached) and the next events it takes, in order; {@code more} when others may follow at once. */
    public record Batch(Webhook endpoint, List<Pending> events, boolean more) {
    }

    /** An attempt at an event and how it went. */
    public record Attempt(Pending event, WebhookSender.Outcome outcome) {
    }

    /**
     * The next events an endpoint takes (up to {@code max}), from its own position; events of types it does
     * not take before the first of them are passed over. Null when the endpoint is gone, disabled or failing.
     */
    public Batch next(UUID endpointId, int max) {
        Webhook endpoint = entityManager.find(Webhook.class, endpointId);
        if (endpoint == null || !endpoint.enabled || endpoint.failing) {
            return null;
        }
        List<OutboxEvent> events = entityManager.createQuery(
                        "from OutboxEvent e where e.position > :after order by e.position", OutboxEvent.class)
                .setParameter("after", endpoint.deliveredPosition).setMaxResults(LOOK_AHEAD).getResultList();
        List<Pending> wanted = new ArrayList<>();
        long passedOver = endpoint.deliveredPosition;
        for (OutboxEvent event : events) {
            if (endpoint.wants(event.type)) {
                wanted.add(new Pending(event.position, payload(endpointId, event)));
                if (wanted.size() == max) {
                    break;
                }
            } else if (wanted.isEmpty()) {
                passedOver = event.position;
            }
        }
        advance(endpointId, passedOver);
        entityManager.detach(endpoint);
        return new Batch(endpoint, wanted, !wanted.isEmpty() || events.size() == LOOK_AHEAD);
    }

    /**
     * Logs the attempts of a batch and moves the endpoint past those that succeeded; a failed one (the last)
     * schedules the next try, and past the retry window marks the endpoint failing until an admin acts. True
     * when every attempt succeeded.
     */
    public boolean recorded(UUID endpointId, List<Attempt> attempts, IntFunction<Duration> retryDelay) {
        Webhook endpoint = entityManager.find(Webhook.class, endpointId);
        if (endpoint == null || attempts.isEmpty()) {
            return false;
        }
        Instant now = Instant.now();
        long delivered = -1;
        for (int i = 0; i < attempts.size(); i++) {
            Attempt attempt = attempts.get(i);
            log(endpointId, attempt.event().payload(), attempt.event().position(), i == 0 ? endpoint.attempts + 1 : 1, now,
                    attempt.outcome());
            if (attempt.outcome().succeeded()) {
                delivered = attempt.event().position();
            }
        }
        if (delivered >= 0) {
            entityManager.createQuery("update Webhook w set w.deliveredPosition = :position, w.attempts = 0,"
                            + " w.nextAttemptAt = null, w.failingSince = null where w.id = :id and w.deliveredPosition < :position")
                    .setParameter("position", delivered).setParameter("id", endpointId).executeUpdate();
        }
        Attempt last = attempts.get(attempts.size() - 1);
        if (last.outcome().succeeded()) {
            return true;
        }
        int failures = attempts.size() == 1 ? endpoint.attempts + 1 : 1;
        Instant since = attempts.size() == 1 && endpoint.failingSince != null ? endpoint.failingSince : now;
        boolean givenUp = Duration.between(since, now).compareTo(retryFor) >= 0;
        entityManager.createQuery("update Webhook w set w.attempts = :failures, w.failingSince = :since,"
                        + " w.nextAttemptAt = :next, w.failing = :failing where w.id = :id")
                .setParameter("failures", failures).setParameter("since", since)
                .setParameter("next", now.plus(retryDelay.apply(failures))).setParameter("failing", givenUp)
                .setParameter("id", endpointId).executeUpdate();
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
