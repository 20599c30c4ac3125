package news.byline.article.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import news.byline.article.Article;
import news.byline.article.ArticlePreviews;
import news.byline.article.ArticleService;
import news.byline.article.ArticleStatus;
import news.byline.article.ArticleView;
import news.byline.article.BodyFormat;
import news.byline.content.ContentWrites;
import news.byline.content.References;
import news.byline.content.Slugs;
import news.byline.domain.Actor;
import news.byline.domain.Changes;
import news.byline.domain.Conflict;
import news.byline.domain.Forbidden;
import news.byline.domain.Invalid;
import news.byline.domain.NotFound;
import news.byline.domain.PageRequest;
import news.byline.domain.PageResult;
import news.byline.domain.Precondition;
import news.byline.domain.Versioned;
import org.hibernate.LockOptions;

/**
 * Writes articles and moves them through draft → scheduled → published → archived. Every save keeps a
 * revision. Contributors may only touch their own drafts; editors everything.
 */
@ApplicationScoped
@Transactional
public class ArticleEditingService implements ArticlePreviews {
    private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";
    private final ArticleService articles;
    private final ArticleAssembler assembler;
    private final ContentWrites writes;
    private final ObjectMapper json;
    private final References references;
    private final ArticleEvents events;

    public ArticleEditingService(ArticleService articles, ArticleAssembler assembler, ContentWrites writes, ObjectMapper json,
                                 References references, ArticleEvents events) {
        this.articles = articles;
        this.assembler = assembler;
        this.writes = writes;
        this.json = json;
        this.references = references;
        this.events = events;
    }

    public Versioned<ArticleView> create(ArticleInput input, Actor actor) {
        Article article = newArticle(UUID.randomUUID());
        article.status = ArticleStatus.DRAFT;
        article.createdBy = actor.name();
        article.createdAt = Instant.now();
        assembler.apply(article, input, actor);
        article.persist();
        return saved(article, actor, "created");
    }

    /**
     * Import: updates the article with this id or slug, or creates it (with this id when given), in the
     * exported state. Related stories are set later ({@link #importRelated}), once every story is in.
     */
    public Upserted upsert(UUID id, ArticleInput input, ArticleState state, Actor actor) {
        var target = writes.importTarget(Article.class, id,
                () -> writes.bySlug(Article.class, input.slug() != null ? input.slug() : Slugs.from(input.headline())), ArticleEditingService::newArticle);
        Article article = target.entity();
        boolean created = target.created();
        if (created) {
            article.createdBy = actor.name();
            article.createdAt = Instant.now();
        }
        ImportedState before = created ? null : ImportedState.of(assembler.input(article), ArticleState.of(article));
        assembler.apply(article, input, actor, false);
        article.status = ArticleStatus.valueOf(state.status().toUpperCase(Locale.ROOT));
        article.publishedAt = state.publishedAt();
        article.firstPublishedAt = state.firstPublishedAt();
        article.publishAt = state.publishAt();
        if (article.status == ArticleStatus.SCHEDULED && article.publishAt == null) {
            throw new Invalid("state.publishAt", "a scheduled article needs a publication time");
        }
        if (article.isPublic() && article.publishedAt == null) {
            article.publishedAt = Instant.now();
            article.firstPublishedAt = article.firstPublishedAt == null ? article.publishedAt : article.firstPublishedAt;
        }
        if (created) {
            article.persist();
            // An id that was deleted before keeps its revisions: the new ones follow them.
            persistRevision(article, id == null ? 1 : lastRevision(article) + 1, actor.name(), "imported");
        } else if (!before.equals(ImportedState.of(assembler.input(article), ArticleState.of(article)))) { // a re-run adds none
            record(article, actor, "imported");
        }
        return new Upserted(article.id, created);
    }

    /** An article's content and state, to tell whether an import changed it (related stories are linked afterwards). */
    private record ImportedState(ArticleInput content, ArticleState state) {
        static ImportedState of(ArticleInput content, ArticleState state) {
            return new ImportedState(content.withRelated(null), state);
        }
    }

    /** What an import wrote: the article's id (also when the line named none) and whether it is new. */
    public record Upserted(UUID id, boolean created) {
    }

    /** Import's last pass: the related stories (slugs) of imported articles, by id; 422 for a slug no story has. */
    public void importRelated(Map<UUID, List<String>> related) {
        assembler.applyRelated(Article.list("id in ?1", related.keySet()), related);
    }

    public Versioned<ArticleView> replace(String idOrSlug, Precondition precondition, ArticleInput input, Actor actor) {
        Article article = editable(idOrSlug, precondition, actor);
        assembler.apply(article, input, actor);
        return saved(article, actor, "updated");
    }

    /** Access and version are checked before the patch is read: its faults must not tell whether a story exists. */
    public Versioned<ArticleView> patch(String idOrSlug, Precondition precondition, Changes<ArticleInput> changes, Actor actor)
            throws JsonProcessingException {
        Article article = editable(idOrSlug, precondition, actor);
        assembler.apply(article, changes.applyTo(assembler.input(article)), actor);
        return saved(article, actor, "updated");
    }

    public void delete(String idOrSlug, Precondition precondition, Actor actor) {
        Article article = editable(idOrSlug, precondition, actor);
        references.requireNone(Article.class, article.id, "Article '" + article.slug + "'");
        // The revisions stay, ending with who deleted it and what it was; the event is the deletion itself.
        Article.getEntityManager().lock(article, LockModeType.PESSIMISTIC_WRITE);
        keepRevision(article, lastRevision(article) + 1, actor.name(), "deleted");
        article.delete();
        events.deleted(article);
    }

    public Versioned<ArticleView> publish(String idOrSlug, Precondition precondition, Actor actor) {
        Article article = transition(idOrSlug, precondition, actor,
                EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.ARCHIVED), "published");
        goLive(article, Instant.now());
        return saved(article, actor, "published");
    }

    public Versioned<ArticleView> schedule(String idOrSlug, Precondition precondition, Instant publishAt, Actor actor) {
        if (publishAt == null || !publishAt.isAfter(Instant.now())) {
            throw new Invalid("publishAt", "must be in the future");
        }
        Article article = transition(idOrSlug, precondition, actor,
                EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.ARCHIVED), "scheduled");
        article.status = ArticleStatus.SCHEDULED;
        article.publishAt = publishAt.truncatedTo(ChronoUnit.SECONDS);
        return saved(article, actor, "scheduled for " + article.publishAt);
    }

    public Versioned<ArticleView> unpublish(String idOrSlug, Precondition precondition, Actor actor) {
        Article article = transition(idOrSlug, precondition, actor,
                EnumSet.of(ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED), "unpublished");
        article.status = ArticleStatus.DRAFT;
        article.publishAt = null;
        return saved(article, actor, "unpublished");
    }

    public Versioned<ArticleView> archive(String idOrSlug, Precondition precondition, Actor actor) {
        Article article = transition(idOrSlug, precondition, actor,
                EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED), "archived");
        article.status = ArticleStatus.ARCHIVED;
        article.publishAt = null;
        return saved(article, actor, "archived");
    }

    /** Scheduled articles whose time has come, including times missed while stopped. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> dueForPublication(Instant now) {
        return Article.getEntityManager().createQuery(
                        "select a.id from Article a where a.status = :scheduled and a.publishAt <= :now order by a.publishAt", UUID.class)
                .setParameter("scheduled", ArticleStatus.SCHEDULED).setParameter("now", now).getResultList();
    }

    /**
     * Publishes one due article in its own transaction, unless another instance is doing so right now (its
     * row is locked: skipped) or did already; true when this call published it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean publishIfDue(UUID id, Instant now) {
        List<Article> due = Article.getEntityManager().createQuery(
                        "select a from Article a where a.id = :id and a.status = :scheduled and a.publishAt <= :now", Article.class)
                .setParameter("id", id).setParameter("scheduled", ArticleStatus.SCHEDULED).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(LOCK_TIMEOUT, LockOptions.SKIP_LOCKED).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        Article article = due.get(0);
        goLive(article, article.publishAt);
        record(article, Actor.system("scheduler"), "published as scheduled");
        return true;
    }

    /** The article as it stands, for someone who may edit it; anyone else is told it does not exist. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<ArticleView> preview(String idOrSlug, BodyFormat format, Actor caller) {
        Article article = articles.inAnyState(idOrSlug);
        if (caller.isAnonymous() || !mayEdit(article, caller)) {
            throw new NotFound("article", idOrSlug);
        }
        return ContentWrites.current(article, articles.view(article, format));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<RevisionView> revisions(String idOrSlug, PageRequest page, Actor actor) {
        Article article = readable(idOrSlug, actor);
        List<ArticleRevision> revisions = ArticleRevision.<ArticleRevision>find(
                        "key.articleId = ?1 order by key.number desc", article.id)
                .page(page.page() - 1, page.size()).list();
        return new PageResult<>(revisions, ArticleRevision.count("key.articleId", article.id), page)
                .map(r -> view(r, false));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RevisionView revision(String idOrSlug, int number, Actor actor) {
        return view(revisionOf(readable(idOrSlug, actor), number), true);
    }

    public Versioned<ArticleView> restore(String idOrSlug, int number, Precondition precondition, Actor actor) {
        Article article = editable(idOrSlug, precondition, actor);
        ArticleInput snapshot = snapshot(revisionOf(article, number));
        assembler.apply(article, snapshot, actor);
        return saved(article, actor, "restored revision " + number);
    }

    /** Saved with a revision (whose event follows); a concurrent change surfaces at the flush (stale version). */
    private Versioned<ArticleView> saved(Article article, Actor actor, String summary) {
        writes.flush();
        record(article, actor, summary);
        return ContentWrites.current(article, articles.view(article, BodyFormat.BLOCKS));
    }

    /** The first revision of an article that came in by another way than this service (sample content, import). */
    public void recordFirstRevision(Article article, String by, String summary) {
        persistRevision(article, 1, by, summary);
    }

    private void record(Article article, Actor actor, String summary) {
        // The article's row lock orders concurrent saves, so two can never take the same next number.
        Article.getEntityManager().lock(article, LockModeType.PESSIMISTIC_WRITE);
        persistRevision(article, lastRevision(article) + 1, actor.name(), summary);
    }

    private static int lastRevision(Article article) {
        Integer last = ArticleRevision.getEntityManager()
                .createQuery("select max(r.key.number) from ArticleRevision r where r.key.articleId = :id", Integer.class)
                .setParameter("id", article.id).getSingleResult();
        return last == null ? 0 : last;
    }

    private void persistRevision(Article article, int number, String by, String summary) {
        keepRevision(article, number, by, summary);
        events.saved(article);
    }

    private void keepRevision(Article article, int number, String by, String summary) {
        ArticleRevision revision = new ArticleRevision();
        revision.key = new ArticleRevision.Key(article.id, number);
        revision.status = article.status;
        revision.snapshot = write(assembler.input(article));
        revision.summary = summary;
        revision.createdAt = Instant.now();
        revision.createdBy = by;
        revision.persist();
    }

    private static void goLive(Article article, Instant at) {
        article.status = ArticleStatus.PUBLISHED;
        article.publishedAt = at.truncatedTo(ChronoUnit.SECONDS);
        if (article.firstPublishedAt == null) {
            article.firstPublishedAt = article.publishedAt;
        }
        article.publishAt = null;
        article.updatedAt = Instant.now();
    }

    private Article transition(String idOrSlug, Precondition precondition, Actor actor, Set<ArticleStatus> from, String action) {
        Article article = editable(idOrSlug, precondition, actor);
        if (!from.contains(article.status)) {
            throw new Conflict("A " + article.status.name().toLowerCase(Locale.ROOT)
                    + " article cannot be " + action);
        }
        return article;
    }

    /** The article, if this actor may change it and the client's precondition holds. */
    private Article editable(String idOrSlug, Precondition precondition, Actor actor) {
        Article article = articles.inAnyState(idOrSlug);
        if (!mayEdit(article, actor)) {
            if (article.isPublic()) {
                throw new Forbidden("Contributors may only change their own drafts");
            }
            throw new NotFound("article", idOrSlug);
        }
        writes.require(precondition, article, () -> articles.view(article, BodyFormat.BLOCKS));
        return article;
    }

    private Article readable(String idOrSlug, Actor actor) {
        Article article = articles.inAnyState(idOrSlug);
        if (!actor.editor() && !actor.name().equals(article.createdBy)) {
            throw new NotFound("article", idOrSlug);
        }
        return article;
    }

    private static Article newArticle(UUID id) {
        Article article = new Article();
        article.id = id;
        return article;
    }

    private static boolean mayEdit(Article article, Actor actor) {
        return actor.editor() || (actor.name().equals(article.createdBy) && article.status == ArticleStatus.DRAFT);
    }

    private static ArticleRevision revisionOf(Article article, int number) {
        ArticleRevision revision = ArticleRevision.findById(new ArticleRevision.Key(article.id, number));
        if (revision == null) {
            throw new NotFound("revision", article.slug + "/" + number);
        }
        return revision;
    }

    private RevisionView view(ArticleRevision revision, boolean withSnapshot) {
        return new RevisionView(revision.key.number(), revision.status.name().toLowerCase(Locale.ROOT), revision.summary,
                revision.createdAt, revision.createdBy, withSnapshot ? snapshot(revision) : null);
    }

    private ArticleInput snapshot(ArticleRevision revision) {
        try {
            return json.readValue(revision.snapshot, ArticleInput.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Revision snapshot is not an article input", e);
        }
    }

    private String write(ArticleInput input) {
        try {
            return json.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
