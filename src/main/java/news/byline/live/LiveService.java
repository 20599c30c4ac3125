package news.byline.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.byline.article.Article;
import news.byline.article.ArticleMapper;
import news.byline.article.ArticleService;
import news.byline.article.ArticleSummaries;
import news.byline.article.ArticleSummary;
import news.byline.article.ArticleType;
import news.byline.article.BodyFormat;
import news.byline.article.StructuredData;
import news.byline.article.body.BodyRenderer;
import news.byline.config.BylineConfig;
import news.byline.domain.Gone;
import news.byline.domain.Invalid;
import news.byline.domain.NotFound;
import news.byline.event.StreamEvents;

/**
 * Reads of published live pages: the page (key points, pinned post, key events, newest posts), older and newer
 * posts, one post. A page that is not published shows nothing, its posts included.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LiveService {
    static final int KEY_EVENTS = 50;
    /** Google shows headlines up to about 110 characters. */
    private static final int HEADLINE = 110;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final ArticleService articles;
    private final ArticleSummaries summaries;
    private final ArticleMapper articleMapper;
    private final LivePostMapper mapper;
    private final ObjectMapper json;
    private final StreamEvents events;
    private final String publisher;

    public LiveService(ArticleService articles, ArticleSummaries summaries, ArticleMapper articleMapper, LivePostMapper mapper,
                       ObjectMapper json, StreamEvents events, BylineConfig config) {
        this.events = events;
        this.publisher = config.publicationName();
        this.articles = articles;
        this.summaries = summaries;
        this.articleMapper = articleMapper;
        this.mapper = mapper;
        this.json = json;
    }

    /** A page of posts and whether more follow it. */
    public record PostPage(List<LivePostView> items, boolean more) {
    }

    /**
     * The live page as it opens: {@code size} newest posts. Its links carry the older posts' cursor (a post id) and
     * the event position it was read at, for the caller to make addresses of.
     */
    public LivePageView page(String idOrSlug, int size) {
        long position = events.positions().last(); // before the posts: an event after it may be in them, never one before missing
        Article page = published(idOrSlug);
        ArticleSummary summary = summaries.published(List.of(page.id)).get(page.id);
        List<LivePost> newest = LivePosts.newest(page.id, size + 1);
        boolean more = newest.size() > size;
        List<LivePost> shown = new ArrayList<>(newest.subList(0, Math.min(size, newest.size())));
        LivePost pinned = pinned(page, shown);
        List<LivePost> all = new ArrayList<>(shown);
        if (pinned != null && !shown.contains(pinned)) {
            all.add(pinned);
        }
        List<LivePostView> views = mapper.views(all, summary.urls().canonical());
        LivePostView pinnedView = pinned == null ? null : views.get(all.indexOf(pinned));
        List<LivePostView> posts = views.subList(0, shown.size());
        return new LivePageView(summary, keyPoints(page), pinnedView, LivePosts.keyEvents(page.id, KEY_EVENTS), posts,
                new LivePageView.Links(more ? shown.get(shown.size() - 1).id.toString() : null, String.valueOf(position), null),
                StructuredData.withUpdates(StructuredData.of(summary, publisher), posts.stream().map(LiveService::update).toList()));
    }

    /** A post as a liveBlogUpdate: its title, else the start of its text, as the headline search engines show. */
    private static Map<String, Object> update(LivePostView post) {
        String text = BodyRenderer.text(post.body());
        String headline = post.title() != null ? post.title() : text.length() <= HEADLINE ? text : text.substring(0, HEADLINE - 1) + "\u2026";
        return StructuredData.update(headline, text, post.publishedAt(), post.updatedAt(), post.url());
    }

    /** Posts older than {@code cursor} (newest first) or, with {@code since}, newer than it (oldest first); the newest without either. */
    public PostPage posts(String idOrSlug, UUID cursor, UUID since, int size) {
        Article page = published(idOrSlug);
        List<LivePost> posts;
        if (since != null) {
            LivePost anchor = anchor(page, since, "since");
            posts = LivePosts.after(page.id, anchor.publishedAt, anchor.id, size + 1);
        } else if (cursor != null) {
            LivePost anchor = anchor(page, cursor, "cursor");
            posts = LivePosts.before(page.id, anchor.publishedAt, anchor.id, size + 1);
        } else {
            posts = LivePosts.newest(page.id, size + 1);
        }
        boolean more = posts.size() > size;
        List<LivePost> shown = posts.subList(0, Math.min(size, posts.size()));
        return new PostPage(mapper.views(shown, articleMapper.urls(page).canonical()), more);
    }

    /** One published post: 410 once deleted; 404 for a draft, another page's post or a page that is not published. */
    public LivePostView post(String idOrSlug, UUID postId) {
        Article page = published(idOrSlug);
        LivePost post = LivePost.findById(postId);
        if (post == null || !post.page.id.equals(page.id)
                || post.status == LivePostStatus.DRAFT || post.status == LivePostStatus.SCHEDULED) {
            throw new NotFound("live post", postId.toString());
        }
        if (post.status == LivePostStatus.DELETED) {
            throw new Gone("live post", postId.toString());
        }
        return mapper.view(post, articleMapper.urls(page).canonical());
    }

    /** The id of the published live page a stream follows; 404 for anything else. Prepared stories are read from memory. */
    @Transactional(Transactional.TxType.REQUIRED)
    public UUID streamablePage(String idOrSlug) {
        ArticleSummary page = articles.find(idOrSlug, BodyFormat.BLOCKS, field -> false).summary();
        if (!"live".equals(page.type())) {
            throw new NotFound("live page", idOrSlug);
        }
        return page.id();
    }

    /** A published live page; anything else (a story, a draft) is not one for readers. */
    Article published(String idOrSlug) {
        Article page = articles.published(idOrSlug);
        if (page.type != ArticleType.LIVE) {
            throw new NotFound("live page", idOrSlug);
        }
        return page;
    }

    List<String> keyPoints(Article page) {
        try {
            return page.keyPoints == null ? List.of() : json.readValue(page.keyPoints, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored key points are not a JSON list", e);
        }
    }

    private static LivePost pinned(Article page, List<LivePost> shown) {
        if (page.pinnedPostId == null) {
            return null;
        }
        LivePost pinned = shown.stream().filter(post -> post.id.equals(page.pinnedPostId)).findFirst()
                .orElseGet(() -> LivePost.findById(page.pinnedPostId));
        return pinned != null && pinned.isPublic() ? pinned : null;
    }

    /** A post of this page that was published (a tombstone keeps its place); 422 for any other id. */
    private static LivePost anchor(Article page, UUID id, String parameter) {
        LivePost anchor = LivePost.findById(id);
        if (anchor == null || !anchor.page.id.equals(page.id) || anchor.publishedAt == null) {
            throw new Invalid(parameter, "no published post of this live page has this id");
        }
        return anchor;
    }
}
