package news.byline.article.editorial;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Publishes scheduled articles within BYLINE_SCHEDULE_CHECK_INTERVAL (30 s) of their time; the first run after
 * a start catches up.
 * Every instance runs it: each article is published once, in its own transaction, by whichever instance
 * locks it first, and one that fails does not hold back the others.
 */
@ApplicationScoped
public class ScheduledPublisher {
    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class);

    private final ArticleEditingService editing;

    public ScheduledPublisher(ArticleEditingService editing) {
        this.editing = editing;
    }

    @Scheduled(every = "${byline.schedule.check-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRun() {
        int published = publishDue(Instant.now());
        if (published > 0) {
            LOG.infof("Published %d scheduled article(s)", published);
        }
    }

    /** Publishes what is due at this time; returns how many articles this instance published. */
    public int publishDue(Instant now) {
        int published = 0;
        for (UUID id : editing.dueForPublication(now)) {
            try {
                published += editing.publishIfDue(id, now) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not publish scheduled article %s; the next run tries again", id);
            }
        }
        return published;
    }
}
