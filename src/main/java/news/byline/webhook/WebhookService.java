package news.byline.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import news.byline.config.SecretBox;
import news.byline.domain.Conflict;
import news.byline.domain.Invalid;
import news.byline.domain.NotFound;
import news.byline.domain.PageRequest;
import news.byline.domain.PageResult;
import news.byline.event.OutboxEvent;

/** Registering endpoints, reading their delivery log, pings and replays. Sends happen outside transactions. */
@ApplicationScoped
@Transactional
class WebhookService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;
    private final WebhookTargets targets;
    private final WebhookSender sender;
    private final WebhookLog log;
    private final Event<EndpointsChanged> changed;
    private final SecretBox box;

    public WebhookService(EntityManager entityManager, WebhookTargets targets, WebhookSender sender, WebhookLog log,
                          Event<EndpointsChanged> changed, SecretBox box) {
        this.entityManager = entityManager;
        this.targets = targets;
        this.sender = sender;
        this.log = log;
        this.changed = changed;
        this.box = box;
    }

    /** Registers an endpoint; it receives the events after this moment. The answer carries the secret, once. */
    public WebhookView create(WebhookInput input) {
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID();
        webhook.createdAt = Instant.now();
        webhook.target = Webhook.HTTP;
        String secret = input.secret() != null ? input.secret() : newSecret();
        webhook.secret = box.seal(secret);
        webhook.deliveredPosition = entityManager.createQuery(
                "select s.lastPosition from EventSequence s where s.name = 'content'", Long.class).getSingleResult();
        apply(webhook, input);
        webhook.persist();
        changed.fire(EndpointsChanged.INSTANCE);
        return WebhookView.of(webhook).withSecret(secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<WebhookView> list(PageRequest page) {
        List<Webhook> webhooks = entityManager.createQuery("from Webhook w where w.target = :http order by w.createdAt, w.id", Webhook.class)
                .setParameter("http", Webhook.HTTP)
                .setFirstResult((page.page() - 1) * page.size()).setMaxResults(page.size()).getResultList();
        long total = entityManager.createQuery("select count(w) from Webhook w where w.target = :http", Long.class)
                .setParameter("http", Webhook.HTTP).getSingleResult();
        return new PageResult<>(webhooks, total, page).map(WebhookView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookView find(UUID id) {
        return WebhookView.of(entity(id));
    }

    /** Replaces what an admin sets; enabling (again) also clears a failing mark, so delivery resumes where it stopped. */
    public WebhookView replace(UUID id, WebhookInput input) {
        Webhook webhook = entity(id);
        if (input.secret() != null) {
            webhook.secret = box.seal(input.secret());
        }
        apply(webhook, input);
        if (webhook.enabled) {
            webhook.failing = false;
            webhook.failingSince = null;
            webhook.attempts = 0;
            webhook.nextAttemptAt = null;
        }
        entityManager.flush();
        changed.fire(EndpointsChanged.INSTANCE);
        return WebhookView.of(webhook);
    }

    public void delete(UUID id) {
        entityManager.remove(entity(id));
        changed.fire(EndpointsChanged.INSTANCE);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<DeliveryView> deliveries(UUID id, PageRequest page) {
        entity(id);
        List<WebhookDelivery> deliveries = entityManager.createQuery(
                        "from WebhookDelivery d where d.webhookId = :id order by d.attemptedAt desc, d.id", WebhookDelivery.class)
                .setParameter("id", id).setFirstResult((page.page() - 1) * page.size()).setMaxResults(page.size()).getResultList();
        long total = entityManager.createQuery("select count(d) from WebhookDelivery d where d.webhookId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        return new PageResult<>(deliveries, total, page).map(DeliveryView::of);
    }

    /** Sends a ping now and logs it; the answer says how the receiver took it. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DeliveryView ping(UUID id) {
        Webhook webhook = QuarkusTransaction.requiringNew().call(() -> detached(id));
        WebhookPayload ping = new WebhookPayload(UUID.randomUUID(),
                new WebhookPayload.Event(null, "ping", null, null, null, null, Instant.now(), null, null, null));
        WebhookSender.Outcome outcome = sender.send(webhook, ping);
        return DeliveryView.of(log.log(id, ping, null, 1, Instant.now(), outcome));
    }

    /** Sends a logged delivery's event again now (same delivery id), outside the ordered delivery; logs the attempt. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DeliveryView replay(UUID id, UUID attemptId) {
        record Replay(Webhook webhook, WebhookPayload payload, Long position, int attempt) {
        }
        Replay replay = QuarkusTransaction.requiringNew().call(() -> {
            Webhook webhook = detached(id);
            WebhookDelivery attempt = entityManager.find(WebhookDelivery.class, attemptId);
            if (attempt == null || !attempt.webhookId.equals(id)) {
                throw new NotFound("delivery", attemptId.toString());
            }
            int next = entityManager.createQuery("select max(d.attempt) from WebhookDelivery d where d.webhookId = :id"
                            + " and d.deliveryId = :delivery", Integer.class)
                    .setParameter("id", id).setParameter("delivery", attempt.deliveryId).getSingleResult() + 1;
            if (attempt.eventPosition == null) {
                return new Replay(webhook, new WebhookPayload(attempt.deliveryId, new WebhookPayload.Event(null, "ping", null, null,
                        null, null, Instant.now(), null, null, null)), null, next);
            }
            OutboxEvent event = entityManager.createQuery("from OutboxEvent e where e.position = :position", OutboxEvent.class)
                    .setParameter("position", attempt.eventPosition).getResultStream().findFirst()
                    .orElseThrow(() -> new Conflict("The event of this delivery is no longer kept"));
            return new Replay(webhook, WebhookLog.payload(id, event), attempt.eventPosition, next);
        });
        WebhookSender.Outcome outcome = sender.send(replay.webhook(), replay.payload());
        return DeliveryView.of(log.log(id, replay.payload(), replay.position(), replay.attempt(), Instant.now(), outcome));
    }

    private void apply(Webhook webhook, WebhookInput input) {
        String refusal = targets.refusal(input.url());
        if (refusal != null) {
            throw new Invalid("url", refusal);
        }
        webhook.url = input.url();
        webhook.eventTypes = String.join(" ", input.events().stream().distinct().toList());
        webhook.description = input.description();
        webhook.enabled = input.enabled() == null || input.enabled();
        webhook.updatedAt = Instant.now();
    }

    private Webhook detached(UUID id) {
        Webhook webhook = entity(id);
        entityManager.detach(webhook);
        return webhook;
    }

    /** A registered endpoint; the CDN purger is not one (its settings manage it). */
    private Webhook entity(UUID id) {
        Webhook webhook = entityManager.find(Webhook.class, id);
        if (webhook == null || !webhook.target.equals(Webhook.HTTP)) {
            throw new NotFound("webhook", id.toString());
        }
        return webhook;
    }

    private static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "whsec-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
