package news.byline.article;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.byline.article.body.Block;
import news.byline.article.body.BodyCodec;
import news.byline.article.body.BodyRenderer;
import news.byline.cache.ContentChanged;
import news.byline.cache.IndexedCache;
import news.byline.cache.PurgeOrder;
import news.byline.config.BylineConfig;
import news.byline.content.IdOrSlug;
import news.byline.domain.NotFound;
import news.byline.section.SectionRef;
import news.byline.section.SectionService;

/**
 * Published stories prepared once (body parsed, its images resolved, breadcrumb) and kept until a change
 * names the story or anything it shows, so that reading one costs no statement; the database is read
 * only for a story not prepared yet.
 */
@ApplicationScoped
class PreparedArticles {
    private final ArticleMapper mapper;
    private final BodyCodec bodyCodec;
    private final SectionService sections;
    private final IndexedCache<UUID, PreparedArticle> byId;
    /** Slug → id of published stories; dropped when the story changes (a new slug, unpublished). */
    private final IndexedCache<String, UUID> idsBySlug;

    public PreparedArticles(ArticleMapper mapper, BodyCodec bodyCodec, SectionService sections, BylineConfig config) {
        this.mapper = mapper;
        this.bodyCodec = bodyCodec;
        this.sections = sections;
        this.byId = IndexedCache.ofSize(config.cache().articles(), config.cache().maxAge(), PreparedArticle::keys);
        this.idsBySlug = IndexedCache.ofSize(config.cache().articles(), config.cache().maxAge(), id -> List.of(id.toString()));
    }

    /** The published story by id or slug, or a 404 problem: drafts do not exist for public routes. */
    PreparedArticle published(String idOrSlug) {
        UUID id = IdOrSlug.asUuid(idOrSlug).orElseGet(() -> idsBySlug.get(idOrSlug));
        PreparedArticle kept = id == null ? null : byId.get(id);
        if (kept != null) {
            return kept;
        }
        long readIn = byId.generation();
        long slugReadIn = idsBySlug.generation();
        Article article = Article.byIdOrSlug(idOrSlug);
        if (article == null || !article.isPublic()) {
            throw new NotFound("article", idOrSlug);
        }
        PreparedArticle prepared = prepare(article);
        byId.put(article.id, prepared, readIn);
        idsBySlug.put(article.slug, article.id, slugReadIn);
        return prepared;
    }

    /** A story in whatever state it is, prepared from its entity (for editors: not kept). */
    PreparedArticle prepare(Article article) {
        ArticleSummary summary = mapper.summary(article);
        List<Block> stored = bodyCodec.read(article.body);
        List<Block> body = ResolvedBodies.withImages(stored, ResolvedBodies.images(Block.imageIds(stored)));
        List<SectionRef> breadcrumb = sections.breadcrumbRefs(article.section);
        List<String> keys = new ArrayList<>(ArticleSummaries.shown(summary));
        Block.imageIds(stored).forEach(id -> keys.add(id.toString())); // also those missing now: an import may bring them
        breadcrumb.forEach(section -> keys.add(section.id().toString()));
        int words = article.wordCount > 0 ? article.wordCount : BodyRenderer.wordCount(body);
        return new PreparedArticle(summary, article.status, article.publishAt, body, words,
                article.related.stream().map(related -> related.id).toList(), breadcrumb, keys);
    }

    void purge(@Observes @Priority(PurgeOrder.READ_MODEL) ContentChanged change) {
        byId.purge(change);
        idsBySlug.purge(change);
    }
}
