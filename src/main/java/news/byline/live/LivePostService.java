package news.byline.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.byline.article.Article;
import news.byline.article.ArticleMapper;
import news.byline.article.ArticleService;
import news.byline.article.ArticleStatus;
import news.byline.article.ArticleType;
import news.byline.article.CoverageStatus;
import news.byline.article.body.Block;
import news.byline.article.body.BlockInput;
import news.byline.article.body.BodyCodec;
import news.byline.article.body.BodyValidator;
import news.byline.author.Author;
import news.byline.cache.TransactionPurges;
import news.byline.content.ContentWrites;
import news.byline.domain.Actor;
import news.byline.domain.Conflict;
import news.byline.domain.Forbidden;
import news.byline.domain.Invalid;
import news.byline.domain.NotFound;
import news.byline.domain.PageRequest;
import news.byline.domain.PageResult;
import news.byline.domain.Precondition;
import news.byline.domain.Versioned;
import news.byline.event.ContentAction;
import news.byline.event.ContentKind;
import news.byline.event.Outbox;
import news.byline.image.Image;
import org.hibernate.LockOptions;

/**
 * Writes live posts. Contributors post to live pages whose coverage has not ended and change their own posts;
 * editors change, delete, pin and unpin any. Every save keeps a revision; a delete leaves a tombstone. The page
 * keeps its post count, newest post time and pinned post, rewritten with each change under the page's row lock
 * (so concurrent posts to one page are counted in order, and never fail each other's version check).
 */
@ApplicationScoped
@Transactional
public class LivePostService {
    private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";

    private final ArticleService articles;
    private final ArticleMapper articleMapper;
    private final LivePostMapper mapper;
    private final BodyCodec bodyCodec;
    private final ContentWrites writes;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final TransactionPurges purges;
    private final LivePageService pages;

    public LivePostService(ArticleService articles, ArticleMapper articleMapper, LivePostMapper mapper, BodyCodec bodyCodec,
                           ContentWrites writes, Outbox outbox, EntityManager entityManager, ObjectMapper json,
                           TransactionPurges purges, LivePageService pages) {
        this.articles = articles;
        this.articleMapper = articleMapper;
        this.mapper = mapper;
        this.bodyCodec = bodyCodec;
        this.writes = writes;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.json = json;
        this.purges = purges;
        this.pages = pages;
    }

    public Versioned<LivePostView> create(String pageKey, LivePostInput input, Actor actor) {
        Article page = pageToPostOn(pageKey, actor);
        LivePost post = new LivePost();
        post.id = UUID.randomUUID();
        post.page = page;
        post.createdBy = actor.name();
        post.createdAt = Instant.now();
        apply(post, input, actor);
        post.persist();
        return saved(post, actor, "created");
    }

    /**
     * Import: the post with this id, written as the line says (created with the id when new), at the publication time it
     * gives. True when the post is new.
     */
    public boolean upsert(UUID id, LivePostImport line, Actor actor) {
        Article page = pageToPostOn(line.page(), actor);
        LivePost post = id == null ? null : LivePost.findById(id);
        boolean created = post == null;
        if (created) {
            post = new LivePost();
            post.id = id != null ? id : UUID.randomUUID();
            post.page = page;
            post.createdBy = actor.name();
            post.createdAt = Instant.now();
        } else if (!post.page.id.equals(page.id)) {
            throw new Invalid("page", "the post with this id belongs to another live page");
        }
        apply(post, line.post(), actor);
        if (post.status == LivePostStatus.PUBLISHED && line.publishedAt() != null) {
            post.publishedAt = line.publishedAt().truncatedTo(ChronoUnit.MILLIS);
        }
        if (created) {
            post.persist();
        }
        saved(post, actor, "imported");
        return created;
    }

    public Versioned<LivePostView> replace(String pageKey, UUID postId, Precondition precondition, LivePostInput input, Actor actor) {
        LivePost post = editable(pageKey, postId, precondition, actor);
        apply(post, input, actor);
        return saved(post, actor, "updated");
    }

    /** Leaves a tombstone: the content goes, the row stays (a shared link answers 410), revisions keep what it was. */
    public void delete(String pageKey, UUID postId, Precondition precondition, Actor actor) {
        LivePost post = editable(pageKey, postId, precondition, actor);
        keepRevision(post, actor.name(), "deleted");
        post.status = LivePostStatus.DELETED;
        post.title = null;
        post.writeBody(bodyCodec.write(List.of()), List.of());
        post.contributors.clear();
        post.keyEvent = false;
        post.pinned = false;
        post.publishAt = null;
        post.updatedAt = Instant.now();
        writes.flush();
        announce(post);
        refreshPage(post.page);
    }

    /** A post in any state (not deleted) for someone who may change it, with the version to send back; 404 for anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<LivePostView> preview(String pageKey, UUID postId, Actor actor) {
        if (actor.isAnonymous()) {
            throw new NotFound("live post", postId.toString());
        }
        LivePost post = postOf(livePage(pageKey, actor), postId);
        if (!mayChange(post, actor)) {
            throw new NotFound("live post", postId.toString());
        }
        return ContentWrites.current(post, mapper.view(post, articleMapper.urls(post.page).canonical()));
    }

    /** A post's revisions, newest first, for whoever may change it (a deleted post's too: the last says who deleted it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<LivePostRevisionView> revisions(String pageKey, UUID postId, PageRequest page, Actor actor) {
        Article live = livePage(pageKey, actor);
        LivePost post = LivePost.findById(postId);
        if (post == null || !post.page.id.equals(live.id) || !mayChange(post, actor)) {
            throw new NotFound("live post", postId.toString());
        }
        List<LivePostRevision> revisions = LivePostRevision.<LivePostRevision>find("key.postId = ?1 order by key.number desc", post.id)
                .page(page.page() - 1, page.size()).list();
        return new PageResult<>(revisions, LivePostRevision.count("key.postId", post.id), page).map(this::view);
    }

    private LivePostRevisionView view(LivePostRevision revision) {
        try {
            return new LivePostRevisionView(revision.key.number(), revision.status.name().toLowerCase(Locale.ROOT), revision.summary,
                    revision.createdAt, revision.createdBy, json.readValue(revision.snapshot, LivePostInput.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A revision's snapshot is not a live post input", e);
        }
    }

    /** Scheduled posts whose time has come. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> dueForPublication(Instant now) {
        return entityManager.createQuery("select p.id from LivePost p where p.status = :scheduled and p.publishAt <= :now"
                        + " order by p.publishAt", UUID.class)
                .setParameter("scheduled", LivePostStatus.SCHEDULED).setParameter("now", now).getResultList();
    }

    /**
     * Publishes one due post in its own transaction unless another instance holds it or did already. The page is locked
     * first, as every post write locks it, so that the scheduler and an editor never wait for each other in a circle.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean publishIfDue(UUID id, Instant now) {
        LivePost candidate = LivePost.findById(id);
        if (candidate == null) {
            return false;
        }
        entityManager.lock(candidate.page, LockModeType.PESSIMISTIC_WRITE);
        List<LivePost> due = entityManager.createQuery("select p from LivePost p where p.id = :id and p.status = :scheduled"
                        + " and p.publishAt <= :now", LivePost.class)
                .setParameter("id", id).setParameter("scheduled", LivePostStatus.SCHEDULED).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(LOCK_TIMEOUT, LockOptions.SKIP_LOCKED).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        LivePost post = due.get(0);
        entityManager.refresh(post);
        if (post.status != LivePostStatus.SCHEDULED) {
            return false;
        }
        post.status = LivePostStatus.PUBLISHED;
        post.publishedAt = post.publishAt.truncatedTo(ChronoUnit.SECONDS);
        post.publishAt = null;
        post.updatedAt = Instant.now();
        saved(post, Actor.system("scheduler"), "published as scheduled");
        return true;
    }

    private Versioned<LivePostView> saved(LivePost post, Actor actor, String summary) {
        if (post.pinned) {
            unpinOthers(post);
        }
        writes.flush();
        keepRevision(post, actor.name(), summary);
        LivePostView view = announce(post);
        refreshPage(post.page);
        return new Versioned<>(view != null ? view : mapper.view(post, articleMapper.urls(post.page).canonical()), post.currentVersion());
    }

    /** The post's event, when readers could see it before or now: published, updated, or gone (deleted, back to draft). */
    private LivePostView announce(LivePost post) {
        LivePostView view = null;
        if (post.isPublic()) {
            view = mapper.view(post, articleMapper.urls(post.page).canonical());
            outbox.upserted(ContentKind.LIVE_POST, post.wasPublic() ? ContentAction.UPDATED : ContentAction.PUBLISHED, post, post.handle(), view);
        } else if (post.wasPublic()) {
            outbox.removed(ContentKind.LIVE_POST, ContentAction.DELETED, post, post.handle());
        }
        post.statusAnnounced = post.status;
        return view;
    }

    /** At most one pinned post a page: pinning one unpins the others, each such change an update of its own. */
    private void unpinOthers(LivePost pinned) {
        List<LivePost> others = entityManager.createQuery("select p from LivePost p where p.page.id = :page and p.pinned = true"
                        + " and p.id <> :id", LivePost.class)
                .setParameter("page", pinned.page.id).setParameter("id", pinned.id).getResultList();
        for (LivePost other : others) {
            other.pinned = false;
            other.updatedAt = Instant.now();
            writes.flush();
            keepRevision(other, "system", "unpinned: another post was pinned");
            announce(other);
        }
    }

    /**
     * The page's post count, newest post time and pinned post as its posts now stand,: one update under the page's row lock (taken first by every post write), which the page's version does not count.
     */
    private void refreshPage(Article page) {
        entityManager.flush();
        UUID pinnedBefore = page.pinnedPostId;
        UUID pinned = pinnedPost(page);
        entityManager.createQuery("update Article a set"
                        + " a.livePostCount = (select count(p) from LivePost p where p.page.id = a.id and p.status = :published),"
                        + " a.lastPostAt = (select max(p.publishedAt) from LivePost p where p.page.id = a.id and p.status = :published),"
                        + " a.pinnedPostId = :pinned where a.id = :id")
                .setParameter("published", LivePostStatus.PUBLISHED).setParameter("id", page.id)
                .setParameter("pinned", pinned).executeUpdate();
        if (!Objects.equals(pinnedBefore, pinned)) {
            pinChanged(page);
        }
    }

    /** A pin change is the page's own: its readers are told with the page's state, and what shows the page is purged. */
    private void pinChanged(Article page) {
        entityManager.refresh(page);
        purges.changed(page, Set.of("pinnedPostId"));
        if (page.isPublic()) {
            outbox.upserted(ContentKind.LIVE_PAGE, ContentAction.UPDATED, page, page.slug, pages.state(page));
        }
    }

    /** The page's pinned post while it is published; pinning keeps at most one. */
    private UUID pinnedPost(Article page) {
        return entityManager.createQuery("select p.id from LivePost p where p.page.id = :page and p.pinned = true"
                        + " and p.status = :published", UUID.class)
                .setParameter("page", page.id).setParameter("published", LivePostStatus.PUBLISHED)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private void apply(LivePost post, LivePostInput input, Actor actor) {
        if (input.pinned() && !post.pinned && !actor.editor()) {
            throw new Forbidden("Only editors pin posts");
        }
        List<Block> body = input.body().stream().map(BlockInput::stored).toList();
        BodyValidator.validate(body, ids -> existing(Image.class, ids), ids -> visibleStories(ids, actor));
        List<Author> contributors = contributors(input.contributors());
        post.title = input.title() == null || input.title().isBlank() ? null : input.title().strip();
        post.writeBody(bodyCodec.write(body), body);
        if (!post.contributors.equals(contributors)) {
            post.contributors.clear();
            post.contributors.addAll(contributors);
        }
        post.keyEvent = input.keyEvent();
        post.pinned = input.pinned();
        applyStatus(post, input);
        post.updatedAt = Instant.now();
    }

    private static void applyStatus(LivePost post, LivePostInput input) {
        LivePostStatus wanted = LivePostStatus.valueOf(input.status().toUpperCase(Locale.ROOT));
        if (wanted == LivePostStatus.SCHEDULED) {
            if (input.publishAt() == null || !input.publishAt().isAfter(Instant.now())) {
                throw new Invalid("publishAt", "a scheduled post needs a publication time in the future");
            }
            if (post.status == LivePostStatus.PUBLISHED) {
                throw new Conflict("A published post cannot be scheduled: set it to draft first");
            }
            post.publishAt = input.publishAt().truncatedTo(ChronoUnit.SECONDS);
            post.publishedAt = null;
        } else if (wanted == LivePostStatus.PUBLISHED) {
            if (post.status != LivePostStatus.PUBLISHED) { // to the millisecond: a busy page posts several a second
                post.publishedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            }
            post.publishAt = null;
        } else {
            post.publishedAt = null;
            post.publishAt = null;
        }
        post.status = wanted;
    }

    /** The live page, locked for this write, if the actor may post on it. */
    private Article pageToPostOn(String pageKey, Actor actor) {
        Article page = livePage(pageKey, actor);
        if (page.coverageStatus == CoverageStatus.ENDED && !actor.editor()) {
            throw new Forbidden("Coverage of this live page has ended; only editors may change its posts");
        }
        if (page.status == ArticleStatus.ARCHIVED && !actor.editor()) {
            throw new Forbidden("This live page is archived");
        }
        entityManager.lock(page, LockModeType.PESSIMISTIC_WRITE);
        return page;
    }

    /** A live page the actor may see: editors any, others published ones and their own. */
    private Article livePage(String pageKey, Actor actor) {
        Article page = articles.inAnyState(pageKey);
        if (!actor.editor() && !page.isPublic() && !actor.name().equals(page.createdBy)) {
            throw new NotFound("article", pageKey);
        }
        if (page.type != ArticleType.LIVE) {
            throw new Conflict("'" + page.slug + "' is a " + page.type.name().toLowerCase(Locale.ROOT)
                    + ", not a live page: only live pages take posts");
        }
        return page;
    }

    /** A post of this page (not a tombstone), if the actor may change it and the client's precondition holds. */
    private LivePost editable(String pageKey, UUID postId, Precondition precondition, Actor actor) {
        Article page = pageToPostOn(pageKey, actor);
        LivePost post = postOf(page, postId);
        if (!mayChange(post, actor)) {
            throw new Forbidden("Contributors may only change their own posts");
        }
        writes.require(precondition, post, () -> mapper.view(post, articleMapper.urls(page).canonical()));
        return post;
    }

    private static LivePost postOf(Article page, UUID postId) {
        LivePost post = LivePost.findById(postId);
        if (post == null || !post.page.id.equals(page.id) || post.status == LivePostStatus.DELETED) {
            throw new NotFound("live post", postId.toString());
        }
        return post;
    }

    private static boolean mayChange(LivePost post, Actor actor) {
        return actor.editor() || actor.name().equals(post.createdBy);
    }

    private void keepRevision(LivePost post, String by, String summary) {
        Integer last = entityManager.createQuery("select max(r.key.number) from LivePostRevision r where r.key.postId = :id", Integer.class)
                .setParameter("id", post.id).getSingleResult();
        LivePostRevision revision = new LivePostRevision();
        revision.key = new LivePostRevision.Key(post.id, last == null ? 1 : last + 1);
        revision.status = post.status;
        revision.snapshot = write(mapper.input(post));
        revision.summary = summary;
        revision.createdAt = Instant.now();
        revision.createdBy = by;
        revision.persist();
    }

    private static List<Author> contributors(List<String> slugs) {
        if (slugs == null || slugs.isEmpty()) {
            return List.of();
        }
        Map<String, Author> bySlug = Author.<Author>list("slug in ?1", new HashSet<>(slugs)).stream()
                .collect(Collectors.toMap(a -> a.slug, Function.identity()));
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < slugs.size(); i++) {
            Author author = bySlug.get(slugs.get(i));
            if (author == null) {
                throw new Invalid("contributors[" + i + "]", "no author has the slug '" + slugs.get(i) + "'");
            }
            if (!authors.contains(author)) {
                authors.add(author);
            }
        }
        return authors;
    }

    private Set<UUID> existing(Class<?> entity, Collection<UUID> ids) {
        return new HashSet<>(entityManager.createQuery("select e.id from " + entity.getSimpleName() + " e where e.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultList());
    }

    /** Stories a link may name: editors any, contributors published ones and their own. */
    private Set<UUID> visibleStories(Collection<UUID> ids, Actor actor) {
        return new HashSet<>(entityManager.createQuery("select a.id from Article a where a.id in :ids"
                        + " and (:editor = true or a.status = :published or a.createdBy = :name)", UUID.class)
                .setParameter("ids", ids).setParameter("editor", actor.editor())
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("name", actor.name()).getResultList());
    }

    private String write(LivePostInput input) {
        try {
            return json.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
