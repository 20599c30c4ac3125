package news.byline.article.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import news.byline.article.Article;
import news.byline.article.body.BodyCodec;
import org.jboss.logging.Logger;

/**
 * Derives the search text of articles stored before search existed (body_text null), a batch per
 * transaction, at start. Articles saved since derive it themselves.
 */
@ApplicationScoped
public class SearchTextBackfill {
    private static final Logger LOG = Logger.getLogger(SearchTextBackfill.class);
    private static final int BATCH = 200;

    private final BodyCodec bodyCodec;

    public SearchTextBackfill(BodyCodec bodyCodec) {
        this.bodyCodec = bodyCodec;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        fillAll();
    }

    /** Derives what is missing, batch by batch; returns how many articles it filled. */
    public int fillAll() {
        int total = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(this::nextBatch);
            total += done;
        } while (done == BATCH);
        if (total > 0) {
            LOG.infof("Derived the search text of %d articles", total);
        }
        return total;
    }

    int nextBatch() {
        List<Article> articles = Article.<Article>find("bodyText is null").page(0, BATCH).list();
        for (Article article : articles) {
            article.writeBody(article.body, bodyCodec.read(article.body));
        }
        return articles.size();
    }
}
