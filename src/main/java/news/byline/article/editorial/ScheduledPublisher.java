package news.byline.article.editorial;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Publishes scheduled articles within half a minute of their time; the first run after a start catches up. */
@ApplicationScoped
public class ScheduledPublisher {
    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class);

    private final ArticleEditingService editing;

    public ScheduledPublisher(ArticleEditingService editing) {
        this.editing = editing;
    }

    @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        int published = editing.publishDue(Instant.now());
        if (published > 0) {
            LOG.infof("Published %d scheduled article(s)", published);
        }
    }
}
