package news.byline.live;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Publishes scheduled live posts when their time comes (also times missed while no instance ran). */
@ApplicationScoped
class ScheduledLivePosts {
    private final LivePostService posts;

    ScheduledLivePosts(LivePostService posts) {
        this.posts = posts;
    }

    @Scheduled(every = "${byline.schedule.check-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        Instant now = Instant.now();
        posts.dueForPublication(now).forEach(id -> posts.publishIfDue(id, now));
    }
}
