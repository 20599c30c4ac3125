package news.byline.popularity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Counts beacon views in memory, per article and hour, and writes them in one transaction every few seconds
 * (BYLINE_VIEWS_FLUSH_INTERVAL, default 5s) and at shutdown. A beacon therefore never waits on a row lock:
 * however many readers open a story, its bucket row is updated once per flush. A failed write keeps the
 * counts for the next flush; a crash loses at most one interval of views.
 */
@ApplicationScoped
public class ViewCounter {
    private static final Logger LOG = Logger.getLogger(ViewCounter.class);

    private final ConcurrentHashMap<PageViewBucket.Key, Long> pending = new ConcurrentHashMap<>();
    private final ViewBuckets buckets;

    public ViewCounter(ViewBuckets buckets) {
        this.buckets = buckets;
    }

    void count(UUID articleId, Instant at) {
        pending.merge(new PageViewBucket.Key(articleId, at.truncatedTo(ChronoUnit.HOURS)), 1L, Long::sum);
    }

    @Scheduled(every = "${byline.views.flush-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledFlush() {
        flush();
    }

    /** Writes what was counted since the last flush; returns how many bucket rows it touched. */
    public synchronized int flush() {
        Map<PageViewBucket.Key, Long> drained = new HashMap<>();
        for (PageViewBucket.Key key : pending.keySet()) {
            Long views = pending.remove(key); // atomic with merge(): a view counted meanwhile starts a new entry
            if (views != null) {
                drained.put(key, views);
            }
        }
        if (drained.isEmpty()) {
            return 0;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> drained.forEach(buckets::add));
        } catch (RuntimeException e) {
            drained.forEach((key, views) -> pending.merge(key, views, Long::sum));
            LOG.warnf(e, "Could not write %d view buckets; kept for the next flush", drained.size());
            throw e;
        }
        return drained.size();
    }

    void onShutdown(@Observes ShutdownEvent event) {
        flush();
    }
}
