package news.byline.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import news.byline.config.BylineConfig;
import news.byline.event.EventsSequenced;
import org.jboss.logging.Logger;

/**
 * Delivers outbox events to endpoints, each endpoint's in position order, on threads of its own so that a
 * slow or hanging receiver holds up only itself and never a write. An instance claims an endpoint with a
 * lease (a conditional update in PostgreSQL) before delivering, so with several instances each event goes
 * to each endpoint once; the database holds where every endpoint stands, so a restart resumes there.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    /** Events read and sent per transaction pair. */
    private static final int BATCH = 50;
    /** Batches delivered in one claim before the endpoint is let go (others may then take a turn). */
    private static final int ROUNDS = 20;
    /** Time a lease must have left after a send's timeout, to record the attempt. */
    private static final int SEND_MARGIN_SECONDS = 10;
    /** Keys one purge call may carry (Fastly takes up to 256 surrogate keys a request). */
    private static final int MAX_PURGE_KEYS = 200;

    private final EntityManager entityManager;
    private final WebhookSender sender;
    private final WebhookLog log;
    private final BylineConfig.Webhooks settings;
    private final String instance = UUID.randomUUID().toString();
    private final ExecutorService deliveries;
    private final ExecutorService scans = Executors.newSingleThreadExecutor(r -> daemon(r, "byline-webhook-scan"));
    private final AtomicBoolean scanPending = new AtomicBoolean();
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    /** Whether any endpoint is enabled (checked each tick, set at once by changes here): no scans after writes without. */
    private volatile boolean endpoints = true;

    public WebhookDispatcher(EntityManager entityManager, WebhookSender sender, WebhookLog log, BylineConfig config) {
        this.entityManager = entityManager;
        this.sender = sender;
        this.log = log;
        this.settings = config.webhooks();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(settings.threads(), settings.threads(), 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), r -> daemon(r, "byline-webhook-delivery"));
        pool.allowCoreThreadTimeOut(true); // a thread per endpoint in flight, none kept idle
        this.deliveries = pool;
    }

    /** New positions were given: look for endpoints to deliver them to, without holding up the caller. */
    void onSequenced(@Observes EventsSequenced sequenced) {
        if (endpoints) {
            wake();
        }
    }

    /** Retries that came due, and endpoints other instances registered. */
    @Scheduled(every = "${byline.webhooks.dispatch-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        endpointsChanged();
    }

    void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) EndpointsChanged change) {
        endpointsChanged();
    }

    /** Endpoints were registered, changed or removed (here, or by another instance): note whether any is enabled. */
    public void endpointsChanged() {
        endpoints = QuarkusTransaction.requiringNew().call(() -> !entityManager.createQuery(
                "select w.id from Webhook w where w.enabled = true", UUID.class).setMaxResults(1).getResultList().isEmpty());
        if (endpoints) {
            wake();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        scans.shutdownNow();
        deliveries.shutdownNow();
    }

    /** Schedules one scan for due endpoints (at most one waiting at a time). */
    public void wake() {
        if (scanPending.compareAndSet(false, true)) {
            scans.submit(() -> {
                scanPending.set(false);
                try {
                    due().forEach(this::deliverSoon);
                } catch (RuntimeException e) {
                    LOG.warn("Could not look for webhook deliveries; the next tick tries again", e);
                }
            });
        }
    }

    /** Enabled endpoints behind the feed whose next attempt is due and that no instance holds. */
    List<UUID> due() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select w.id from Webhook w where w.enabled = true and w.failing = false"
                                + " and w.deliveredPosition < (select s.lastPosition from EventSequence s where s.name = 'content')"
                                + " and (w.nextAttemptAt is null or w.nextAttemptAt <= :now)"
                                + " and (w.leaseUntil is null or w.leaseUntil < :now)", UUID.class)
                .setParameter("now", Instant.now()).getResultList());
    }

    private void deliverSoon(UUID endpoint) {
        if (inFlight.add(endpoint)) {
            deliveries.submit(() -> {
                try {
                    deliver(endpoint);
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Delivery to webhook %s stopped; the next tick resumes it", endpoint);
                } finally {
                    inFlight.remove(endpoint);
                }
            });
        }
    }

    /** Claims the endpoint and delivers its pending events in order until one fails or none is left. */
    public void deliver(UUID endpoint) {
        Instant claimed = Instant.now();
        if (!claim(endpoint, claimed)) {
            return;
        }
        Lease lease = new Lease(endpoint, claimed.plus(lease()));
        try {
            for (int round = 0; round < ROUNDS; round++) {
                WebhookLog.Batch batch = log.next(endpoint, BATCH);
                if (batch == null || !batch.more()) {
                    return;
                }
                if (!batch.events().isEmpty() && !log.recorded(endpoint, attempts(batch, lease), this::retryDelay)) {
                    return;
                }
            }
        } finally {
            release(endpoint);
        }
    }

    /**
     * Sends a batch in order, stopping at the first failure: one POST an event, or purges of many events' keys
     * at once. Before each send the lease must outlast it (a send takes at most the timeout), renewed when it
     * would not, so no other instance can take the endpoint over in the middle; a lost lease ends the batch.
     */
    private List<WebhookLog.Attempt> attempts(WebhookLog.Batch batch, Lease lease) {
        List<WebhookLog.Attempt> attempts = new ArrayList<>();
        List<WebhookLog.Pending> events = batch.events();
        int next = 0;
        while (next < events.size() && lease.holdsForASend()) {
            List<WebhookLog.Pending> sent = batch.endpoint().target.equals(Webhook.HTTP)
                    ? events.subList(next, next + 1) : purgeGroup(events, next);
            WebhookSender.Outcome outcome = batch.endpoint().target.equals(Webhook.HTTP)
                    ? sender.send(batch.endpoint(), sent.get(0).payload())
                    : sender.purge(batch.endpoint(), keysOf(sent));
            sent.forEach(event -> attempts.add(new WebhookLog.Attempt(event, outcome)));
            if (!outcome.succeeded()) {
                break;
            }
            next += sent.size();
        }
        return attempts;
    }

    /** Events from {@code from} whose keys, together, fit one purge call. */
    private static List<WebhookLog.Pending> purgeGroup(List<WebhookLog.Pending> events, int from) {
        Set<String> keys = new LinkedHashSet<>();
        int to = from;
        while (to < events.size()) {
            List<String> more = events.get(to).payload().event().keys();
            if (to > from && keys.size() + more.size() > MAX_PURGE_KEYS) {
                break;
            }
            keys.addAll(more);
            to++;
        }
        return events.subList(from, to);
    }

    private static List<String> keysOf(List<WebhookLog.Pending> events) {
        return events.stream().flatMap(event -> event.payload().event().keys().stream()).distinct().toList();
    }

    /** Exponential backoff from the base, doubled per failed attempt up to the maximum, with up to 20% jitter. */
    Duration retryDelay(int attempts) {
        long base = settings.backoffBase().toMillis();
        long delay = Math.min(settings.backoffMax().toMillis(), base << Math.min(attempts - 1, 30));
        return Duration.ofMillis(delay + ThreadLocalRandom.current().nextLong(delay / 5 + 1));
    }

    private boolean claim(UUID endpoint, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "update Webhook w set w.leaseOwner = :me, w.leaseUntil = :until where w.id = :id"
                                + " and (w.leaseUntil is null or w.leaseUntil < :now)")
                .setParameter("me", instance).setParameter("until", now.plus(lease())).setParameter("id", endpoint)
                .setParameter("now", now).executeUpdate()) == 1;
    }

    /** This instance's hold on an endpoint while it delivers, and until when the database grants it. */
    private final class Lease {
        private final UUID endpoint;
        private Instant until;

        Lease(UUID endpoint, Instant until) {
            this.endpoint = endpoint;
            this.until = until;
        }

        /** Whether the lease lasts through one more send (with room to record it), renewing it when it would not. */
        boolean holdsForASend() {
            Instant now = Instant.now();
            if (now.plus(settings.timeout()).plusSeconds(SEND_MARGIN_SECONDS).isBefore(until)) {
                return true;
            }
            Instant renewed = now.plus(lease());
            boolean held = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                            "update Webhook w set w.leaseUntil = :until where w.id = :id and w.leaseOwner = :me")
                    .setParameter("until", renewed).setParameter("id", endpoint).setParameter("me", instance)
                    .executeUpdate()) == 1;
            until = held ? renewed : Instant.MIN;
            return held;
        }
    }

    private void release(UUID endpoint) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery(
                        "update Webhook w set w.leaseOwner = null, w.leaseUntil = null where w.id = :id and w.leaseOwner = :me")
                .setParameter("id", endpoint).setParameter("me", instance).executeUpdate());
    }

    /** Long enough for one attempt to time out, with room to record it. */
    private Duration lease() {
        return settings.timeout().multipliedBy(2).plusSeconds(30);
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
