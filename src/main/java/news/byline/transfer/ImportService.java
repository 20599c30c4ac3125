package news.byline.transfer;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.byline.article.editorial.ArticleEditingService;
import news.byline.article.editorial.ArticleInput;
import news.byline.article.editorial.ArticleState;
import news.byline.author.AuthorInput;
import news.byline.author.AuthorService;
import news.byline.collection.CollectionInput;
import news.byline.collection.CollectionService;
import news.byline.domain.Actor;
import news.byline.domain.Invalid;
import news.byline.image.ExternalImageInput;
import news.byline.image.ImageService;
import news.byline.live.LivePageInput;
import news.byline.live.LivePageService;
import news.byline.live.LivePostImport;
import news.byline.live.LivePostService;
import news.byline.section.SectionInput;
import news.byline.section.SectionService;
import news.byline.topic.TopicInput;
import news.byline.topic.TopicService;
import org.jboss.logging.Logger;

/**
 * Imports an NDJSON stream, one entity a line, each validated like the matching API write and upserted by
 * id or slug. Lines are committed in batches; a batch with a bad line is redone line by line so that only
 * the bad lines are left out. Related stories are linked in a last pass, once every story is in.
 */
@ApplicationScoped
public class ImportService {
    private static final Logger LOG = Logger.getLogger(ImportService.class);
    static final int BATCH_SIZE = 200;
    /** One line is one JSON document: the same 2 MB a single JSON request may carry. */
    static final int MAX_LINE_CHARS = 2 * 1024 * 1024;

    private final ImportLines lines;
    private final ImageService images;
    private final SectionService sections;
    private final TopicService topics;
    private final AuthorService authors;
    private final ArticleEditingService articles;
    private final CollectionService collections;
    private final LivePageService livePages;
    private final LivePostService livePosts;

    public ImportService(ImportLines lines, ImageService images, SectionService sections,
                         TopicService topics, AuthorService authors, ArticleEditingService articles,
                         CollectionService collections, LivePageService livePages, LivePostService livePosts) {
        this.lines = lines;
        this.images = images;
        this.sections = sections;
        this.topics = topics;
        this.authors = authors;
        this.articles = articles;
        this.collections = collections;
        this.livePages = livePages;
        this.livePosts = livePosts;
    }

    public ImportReport run(InputStream ndjson, Actor actor) {
        long started = System.currentTimeMillis();
        Run run = new Run(actor);
        BoundedLines reader = new BoundedLines(new BufferedReader(
                new InputStreamReader(ndjson, StandardCharsets.UTF_8)), MAX_LINE_CHARS);
        List<Line> batch = new ArrayList<>();
        int number = 0;
        try {
            for (String text = reader.next(); text != null; text = reader.next()) {
                number++;
                if (reader.lastWasTooLong()) {
                    Line line = new Line(number, text);
                    run.reject(line, new ImportReport.Rejection(number, ImportLines.kindOf(text), 413,
                            "A line may hold at most " + MAX_LINE_CHARS + " characters", null));
                } else if (!text.isBlank()) {
                    batch.add(new Line(number, text));
                }
                if (batch.size() == BATCH_SIZE) {
                    commit(batch, run);
                    batch.clear();
                }
            }
            commit(batch, run);
            linkRelated(run);
        } catch (IOException broken) {
            // The stream broke off: keep the whole lines already read, then say where it ended.
            LOG.warnf(broken, "Import stream broke off after line %d", number);
            commit(batch, run);
            linkRelated(run);
            return run.report(false, number + 1, started);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import stopped at line %d", number);
            return run.report(false, number, started);
        }
        return run.report(true, null, started);
    }

    private void commit(List<Line> batch, Run run) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<Outcome> outcomes = QuarkusTransaction.requiringNew().call(() -> {
                // Lookups need not see the batch's own pending rows: a clash between two lines of one batch
                // fails the commit, and the line-by-line retry then sorts it out. Saves a flush per query.
                Panache.getEntityManager().setFlushMode(FlushModeType.COMMIT);
                return batch.stream().map(l -> apply(l, run)).toList();
            });
            outcomes.forEach(run::count);
        } catch (RuntimeException batchFailed) {
            for (Line line : batch) {
                try {
                    run.count(QuarkusTransaction.requiringNew().call(() -> apply(line, run)));
                } catch (RuntimeException e) {
                    run.reject(line, ImportLines.rejection(line.number(), line.text(), e));
                }
            }
        }
    }

    /** Links related stories a batch per transaction; a batch with a bad line is redone line by line, as in {@link #commit}. */
    private void linkRelated(Run run) {
        List<Pending> pending = new ArrayList<>(run.related.values());
        for (int from = 0; from < pending.size(); from += BATCH_SIZE) {
            List<Pending> batch = pending.subList(from, Math.min(pending.size(), from + BATCH_SIZE));
            try {
                QuarkusTransaction.requiringNew().run(() -> articles.importRelated(slugsById(batch)));
            } catch (RuntimeException batchFailed) {
                for (Pending one : batch) {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> articles.importRelated(slugsById(List.of(one))));
                    } catch (RuntimeException e) {
                        run.reject(one.line(), ImportLines.rejection(one.line().number(), one.line().text(), e));
                    }
                }
            }
        }
    }

    private static Map<UUID, List<String>> slugsById(List<Pending> pending) {
        Map<UUID, List<String>> slugs = new LinkedHashMap<>();
        pending.forEach(p -> slugs.put(p.articleId(), p.slugs()));
        return slugs;
    }

    private Outcome apply(Line line, Run run) {
        TransferLine parsed = lines.read(line.text());
        if (parsed == null || parsed.kind() == null || parsed.data() == null || !parsed.data().isObject()) {
            throw new Invalid("kind", "each line is an object with a kind and data (an object)");
        }
        TransferLine.Kind kind = TransferLine.Kind.named(parsed.kind());
        if (kind == null) {
            throw new Invalid("kind", "must be one of image, section, topic, author, article, live-page, live-post, collection");
        }
        return switch (kind) {
            case IMAGE -> new Outcome(line, images.upsert(parsed.id(), lines.valid(parsed, ExternalImageInput.class)), null);
            case SECTION -> new Outcome(line, sections.upsert(parsed.id(), lines.valid(parsed, SectionInput.class)), null);
            case TOPIC -> new Outcome(line, topics.upsert(parsed.id(), lines.valid(parsed, TopicInput.class)), null);
            case AUTHOR -> new Outcome(line, authors.upsert(parsed.id(), lines.valid(parsed, AuthorInput.class)), null);
            case COLLECTION -> new Outcome(line, collections.upsert(parsed.id(), lines.valid(parsed, CollectionInput.class)), null);
            case ARTICLE -> importArticle(line, parsed, run);
            case LIVE_PAGE -> {
                livePages.importState(parsed.id(), lines.valid(parsed, LivePageInput.class), run.actor);
                yield new Outcome(line, false, null);
            }
            case LIVE_POST -> new Outcome(line, livePosts.upsert(parsed.id(), lines.valid(parsed, LivePostImport.class), run.actor), null);
        };
    }

    private Outcome importArticle(Line line, TransferLine parsed, Run run) {
        ArticleInput input = lines.valid(parsed, ArticleInput.class);
        ArticleState state = parsed.state() != null ? parsed.state() : new ArticleState("draft", null, null, null);
        lines.check(state);
        ArticleInput withoutRelated = input.withRelated(null);
        ArticleEditingService.Upserted upserted = articles.upsert(parsed.id(), withoutRelated, state, run.actor);
        boolean linksStories = input.related() != null && !input.related().isEmpty();
        return new Outcome(line, upserted.created(), linksStories ? new Pending(upserted.id(), line, input.related()) : null);
    }

    private record Line(int number, String text) {
    }

    /** A line written; {@code related} is what the last pass links, known once the line is committed. */
    private record Outcome(Line line, boolean created, Pending related) {
    }

    private record Pending(UUID articleId, Line line, List<String> slugs) {
    }

    /** What one import has done so far. */
    private static final class Run {
        final Actor actor;
        final Map<UUID, Pending> related = new LinkedHashMap<>();
        final Map<Integer, ImportReport.Rejection> rejected = new LinkedHashMap<>();
        int lines;
        int created;
        int updated;

        Run(Actor actor) {
            this.actor = actor;
        }

        void count(Outcome outcome) {
            lines++;
            if (outcome.related() != null) {
                related.put(outcome.related().articleId(), outcome.related());
            }
            if (outcome.created()) {
                created++;
            } else {
                updated++;
            }
        }

        void reject(Line line, ImportReport.Rejection rejection) {
            if (!rejected.containsKey(line.number())) {
                lines++;
            }
            rejected.put(line.number(), rejection);
        }

        ImportReport report(boolean completed, Integer stoppedAt, long started) {
            return new ImportReport(lines, created, updated, List.copyOf(rejected.values()), completed, stoppedAt,
                    System.currentTimeMillis() - started);
        }
    }
}
