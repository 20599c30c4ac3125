package news.byline.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import news.byline.article.Article;
import news.byline.article.ArticleService;
import news.byline.article.ArticleStatus;
import news.byline.article.ArticleType;
import news.byline.article.CoverageStatus;
import news.byline.article.LiveCoverage;
import news.byline.content.ContentWrites;
import news.byline.domain.Actor;
import news.byline.domain.Conflict;
import news.byline.domain.Forbidden;
import news.byline.domain.Invalid;
import news.byline.domain.NotFound;
import news.byline.domain.Precondition;
import news.byline.domain.Versioned;
import news.byline.event.ContentAction;
import news.byline.event.ContentKind;
import news.byline.event.Outbox;

/**
 * Sets a live page's coverage and key points (editors, and a contributor on its own draft page, as for the story
 * itself). If-Match is the page's version, as for the story: the two are one entity.
 */
@ApplicationScoped
@Transactional
public class LivePageService {
    private static final int MAX_KEY_POINTS_JSON = 4000;

    private final ArticleService articles;
    private final LiveService live;
    private final ContentWrites writes;
    private final Outbox outbox;
    private final ObjectMapper json;

    public LivePageService(ArticleService articles, LiveService live, ContentWrites writes, Outbox outbox, ObjectMapper json) {
        this.articles = articles;
        this.live = live;
        this.writes = writes;
        this.outbox = outbox;
        this.json = json;
    }

    /** The page's coverage and key points as an editor reads them before writing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<LivePageState> current(String pageKey, Actor actor) {
        Article page = editable(pageKey, Precondition.NONE, actor);
        return ContentWrites.current(page, state(page));
    }

    public Versioned<LivePageState> update(String pageKey, Precondition precondition, LivePageInput input, Actor actor) {
        Article page = editable(pageKey, precondition, actor);
        CoverageStatus before = page.coverageStatus;
        CoverageStatus status = CoverageStatus.valueOf(input.coverageStatus().toUpperCase(Locale.ROOT));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        page.coverageStatus = status;
        page.coverageStart = input.coverageStartTime() != null ? input.coverageStartTime()
                : status == CoverageStatus.UPCOMING ? null : page.coverageStart != null ? page.coverageStart : now;
        page.coverageEnd = input.coverageEndTime() != null ? input.coverageEndTime() : status == CoverageStatus.ENDED ? now : null;
        if (page.coverageStart != null && page.coverageEnd != null && page.coverageEnd.isBefore(page.coverageStart)) {
            throw new Invalid("coverageEndTime", "must not be before the coverage start time");
        }
        page.keyPoints = keyPoints(input.keyPoints());
        page.updatedAt = Instant.now();
        writes.flush();
        LivePageState state = state(page);
        if (page.isPublic()) {
            boolean ended = status == CoverageStatus.ENDED && before != CoverageStatus.ENDED;
            outbox.upserted(ContentKind.LIVE_PAGE, ended ? ContentAction.ENDED : ContentAction.UPDATED, page, page.slug, state);
        }
        return ContentWrites.current(page, state);
    }

    /** Import: the coverage and key points of the live page with this id (an article imported before it). */
    public void importState(java.util.UUID pageId, LivePageInput input, Actor actor) {
        update(pageId == null ? "" : pageId.toString(), Precondition.NONE, input, actor);
    }

    LivePageState state(Article page) {
        return new LivePageState(page.id, LiveCoverage.of(page), live.keyPoints(page), page.pinnedPostId);
    }

    private String keyPoints(List<String> points) {
        try {
            String stored = json.writeValueAsString(points.stream().map(String::strip).toList());
            if (stored.length() > MAX_KEY_POINTS_JSON) {
                throw new Invalid("keyPoints", "the key points together must be shorter");
            }
            return stored;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A live page this actor may change (an editor, or a contributor on its own draft), under the client's precondition. */
    private Article editable(String pageKey, Precondition precondition, Actor actor) {
        Article page = articles.inAnyState(pageKey);
        boolean own = actor.name().equals(page.createdBy) && page.status == ArticleStatus.DRAFT;
        if (!actor.editor() && !own) {
            if (page.isPublic()) {
                throw new Forbidden("Only editors change a published live page's coverage and key points");
            }
            throw new NotFound("article", pageKey);
        }
        if (page.type != ArticleType.LIVE) {
            throw new Conflict("'" + page.slug + "' is a " + page.type.name().toLowerCase(Locale.ROOT) + ", not a live page");
        }
        writes.require(precondition, page, () -> state(page));
        return page;
    }
}
