package news.byline.sample;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;
import news.byline.article.Article;
import news.byline.config.BylineConfig;
import news.byline.popularity.PopularityService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the sample content at start when it is wanted (by default on H2 only), and keeps the seed page's
 * Most Read ranking true over time: views age out of the 24-hour window, so they are topped up.
 */
@ApplicationScoped
public class SampleContentStartup {
    private static final Duration MOST_READ_WINDOW = Duration.ofHours(24);

    private final SampleContentLoader loader;
    private final PopularityService popularity;
    private final boolean enabled;

    public SampleContentStartup(SampleContentLoader loader, PopularityService popularity, BylineConfig config,
                                @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.loader = loader;
        this.popularity = popularity;
        this.enabled = config.sampleContent().orElse("h2".equals(dbKind));
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            loader.loadOnce();
            keepMostReadRanking();
        }
    }

    @Scheduled(every = "15m", delayed = "15m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledTopUp() {
        if (enabled) {
            keepMostReadRanking();
        }
    }

    @Transactional
    void keepMostReadRanking() {
        for (Map.Entry<String, Long> target : loader.mostReadTargets()) {
            Article article = Article.find("slug", target.getKey()).firstResult();
            if (article == null) {
                continue; // an editor deleted it: nothing to keep
            }
            long missing = target.getValue() - popularity.viewsInWindow(article.id, MOST_READ_WINDOW);
            if (missing > 0) {
                popularity.addViews(article.id, java.time.Instant.now(), missing);
            }
        }
    }
}
