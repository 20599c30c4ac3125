package news.byline.article;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import news.byline.article.body.Block;
import news.byline.article.body.BodyCodec;
import news.byline.article.body.BodyRenderer;
import news.byline.article.body.Inline;
import news.byline.article.search.TextSearch;
import news.byline.cache.ContentChanged;
import news.byline.cache.DerivedData;
import news.byline.cache.PurgeKeys;
import news.byline.cache.PurgeOrder;
import news.byline.config.BylineConfig;
import news.byline.image.Image;
import news.byline.image.ImageView;
import news.byline.section.SectionRef;
import news.byline.section.SectionService;
import news.byline.web.FieldSelection;
import news.byline.web.IdOrSlug;
import news.byline.web.PageRequest;
import news.byline.web.PageResult;
import news.byline.web.ProblemException;

/**
 * Reads published articles. A page costs a fixed number of statements: the page (section and lead image
 * joined), the count (once per filter until the lists change), one batch each for topics, contributors and their authors, and for search results
 * the snippets.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleService {
    private static final int WORDS_PER_MINUTE = 230;
    private static final String SUMMARY_FROM =
            "from Article a join fetch a.section left join fetch a.leadImage ";

    private final ArticleMapper mapper;
    private final BodyCodec bodyCodec;
    private final SectionService sections;
    private final RelatedStories relatedStories;
    private final TextSearch textSearch;
    private final int rankWindow;
    /** Totals of list filters: exact, counted once until a story enters, leaves or changes its text. */
    private final DerivedData<String, Long> counts =
            new DerivedData<>(10_000, Set.of(PurgeKeys.ARTICLE_LISTS, PurgeKeys.ARTICLE_TEXT));

    public ArticleService(ArticleMapper mapper, BodyCodec bodyCodec, SectionService sections, RelatedStories relatedStories,
                          TextSearch textSearch, BylineConfig config) {
        this.rankWindow = config.searchRankWindow();
        this.mapper = mapper;
        this.bodyCodec = bodyCodec;
        this.sections = sections;
        this.relatedStories = relatedStories;
        this.textSearch = textSearch;
    }

    public PageResult<ArticleSummary> list(ArticleFilter filter, ArticleSort sort, PageRequest page) {
        ArticleQuery query = ArticleQuery.of(filter, textSearch);
        long total = counts.get(query.where + " " + query.parameters.map(),
                k -> Article.count("from Article a where " + query.where, query.parameters));
        List<Article> articles = sort == ArticleSort.RELEVANCE && textSearch.rank() != null
                ? ranked(query, page)
                : inOrder(query, sort, (page.page() - 1) * page.size(), page.size());
        return new PageResult<>(summaries(articles, filter), total, page);
    }

    private List<Article> inOrder(ArticleQuery query, ArticleSort sort, int offset, int size) {
        return Article.<Article>find("select a " + SUMMARY_FROM + "where " + query.where + " order by " + sort.orderBy(),
                query.parameters).range(offset, offset + size - 1).list();
    }

    /**
     * Relevance order, ranked over the newest {@code rankWindow} matches only, so that a word in every story
     * costs what a rare one does: reading that window walks the publication-time index and stops. Results past
     * the window follow, newest first.
     */
    private List<Article> ranked(ArticleQuery query, PageRequest page) {
        TypedQuery<Object[]> newest = Article.getEntityManager().createQuery("select a.id, " + textSearch.rank()
                + " from Article a where " + query.where + " order by " + ArticleSort.NEWEST.orderBy(), Object[].class);
        query.parameters.map().forEach(newest::setParameter);
        List<Object[]> window = newest.setMaxResults(rankWindow).getResultList();
        List<UUID> best = window.stream() // the window is newest first, and sorting is stable: equal ranks stay so
                .sorted(Comparator.comparingDouble((Object[] row) -> -((Number) row[1]).doubleValue()))
                .map(row -> (UUID) row[0]).toList();
        int from = (page.page() - 1) * page.size();
        int to = from + page.size();
        List<Article> articles = new ArrayList<>(byIds(best.subList(Math.min(from, best.size()), Math.min(to, best.size()))));
        if (to > best.size() && best.size() == rankWindow) {
            int beyond = Math.max(from, rankWindow);
            articles.addAll(inOrder(query, ArticleSort.NEWEST, beyond, to - beyond));
        }
        return articles;
    }

    /** Articles with their section and lead image, in the order of the ids. */
    private static List<Article> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Article> found = Article.getEntityManager()
                .createQuery("select a " + SUMMARY_FROM + "where a.id in :ids", Article.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(a -> a.id, a -> a));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * A page of articles after a cursor position (keyset paging): no offset and no count, so a deep page
     * costs what the first does. One extra row is read to know whether a next page exists.
     */
    public CursorPage listAfter(ArticleFilter filter, ArticleSort sort, ArticleCursor.Position after, int size) {
        ArticleQuery query = ArticleQuery.of(filter, textSearch);
        String where = query.where + (after == null ? "" : " and " + sort.after());
        if (after != null) {
            query.parameters.and("afterValue", after.sortValue()).and("afterId", after.id());
        }
        List<Article> rows = Article.<Article>find("select a " + SUMMARY_FROM + "where " + where + " order by " + sort.orderBy(),
                        query.parameters)
                .range(0, size).list();
        boolean more = rows.size() > size;
        List<ArticleSummary> items = summaries(rows.stream().limit(size).toList(), filter);
        ArticleSummary last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new CursorPage(items, more && last != null ? new ArticleCursor.Position(sort.valueOf(last), last.id()) : null);
    }

    /** Summaries in list order; search results also carry their snippets (one more statement). */
    private List<ArticleSummary> summaries(List<Article> articles, ArticleFilter filter) {
        if (filter.search() == null) {
            return articles.stream().map(mapper::summary).toList();
        }
        Map<UUID, String> snippets = textSearch.snippets(articles.stream().map(a -> a.id).toList(), filter.search());
        return articles.stream().map(a -> mapper.summary(a).withSnippet(snippets.get(a.id))).toList();
    }

    void purge(@Observes @Priority(PurgeOrder.DERIVED_DATA) ContentChanged change) {
        counts.purge(change);
    }

    public record CursorPage(List<ArticleSummary> items, ArticleCursor.Position next) {
    }

    /** The published article, doing only the work the sparse field set needs (null: all of it). */
    public ArticleView find(String idOrSlug, BodyFormat format, FieldSelection fields) {
        return view(published(idOrSlug), format, fields);
    }

    /** The full view of an article in whatever state it is; references still show only published stories. */
    public ArticleView view(Article article, BodyFormat format) {
        return view(article, format, null);
    }

    private ArticleView view(Article article, BodyFormat format, FieldSelection fields) {
        boolean needsBody = fields == null || fields.wants("body") || fields.wants("bodyHtml") || fields.wants("bodyText");
        List<Block> stored = needsBody ? bodyCodec.read(article.body) : List.of();
        List<UUID> relatedIds = fields != null && !fields.wants("related") ? List.of() : relatedStories.of(article);
        // Linked and related stories are read together: one statement, and one batch per relation of theirs.
        Map<UUID, ArticleSummary> stories = summariesById(concat(linkedArticleIds(stored), relatedIds));
        List<Block> body = resolve(stored, stories);
        int words = article.wordCount > 0 ? article.wordCount : BodyRenderer.wordCount(body);
        List<SectionRef> breadcrumb = fields != null && !fields.wants("breadcrumb") ? List.of()
                : sections.breadcrumbRefs(article.section);
        List<ArticleSummary> related = relatedIds.stream().map(stories::get).filter(Objects::nonNull).toList();
        return new ArticleView(mapper.summary(article), article.status.name().toLowerCase(java.util.Locale.ROOT),
                article.status == ArticleStatus.SCHEDULED ? article.publishAt : null, body,
                format == BodyFormat.HTML ? BodyRenderer.html(body) : null,
                format == BodyFormat.TEXT ? BodyRenderer.text(body) : null,
                related, words, Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE), breadcrumb);
    }

    private static List<UUID> concat(List<UUID> first, List<UUID> second) {
        List<UUID> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    /** A published article by id or slug, or a 404 problem: drafts do not exist for public routes. */
    public Article published(String idOrSlug) {
        Article article = any(idOrSlug);
        if (!article.isPublic()) {
            throw ProblemException.notFound("article", idOrSlug);
        }
        return article;
    }

    /** An article by id or slug in any state, for editors; 404 when there is none. */
    public Article any(String idOrSlug) {
        Optional<UUID> id = IdOrSlug.asUuid(idOrSlug);
        Article article = Article.<Article>find(SUMMARY_FROM + "where a." + (id.isPresent() ? "id" : "slug") + " = ?1",
                id.isPresent() ? id.get() : idOrSlug).firstResult();
        if (article == null) {
            throw ProblemException.notFound("article", idOrSlug);
        }
        return article;
    }

    /** Summaries of the published articles among these ids. */
    public Map<UUID, ArticleSummary> summariesById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        TypedQuery<Article> query = Article.getEntityManager().createQuery(
                "select a " + SUMMARY_FROM + "where a.id in :ids and a.status = :published", Article.class);
        return query.setParameter("ids", ids).setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList().stream()
                .collect(Collectors.toMap(a -> a.id, mapper::summary));
    }

    /**
     * Replaces stored references in body blocks with what a client shows: images with their effective
     * caption and credit, and links to our stories with the story's current address. References to
     * stories that are not published are dropped (an inline link keeps its text).
     */
    private List<Block> resolve(List<Block> blocks, Map<UUID, ArticleSummary> stories) {
        List<UUID> imageIds = blocks.stream()
                .filter(Block.ImageBlock.class::isInstance).map(b -> ((Block.ImageBlock) b).imageId()).toList();
        Map<UUID, Image> images = imageIds.isEmpty() ? Map.of()
                : Image.<Image>list("id in ?1", imageIds).stream().collect(Collectors.toMap(i -> i.id, i -> i));
        List<Block> resolved = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block instanceof Block.ImageBlock image) {
                Image found = images.get(image.imageId());
                if (found != null) {
                    resolved.add(new Block.ImageBlock(image.imageId(), image.caption(), image.credit(),
                            ImageView.use(found, image.caption(), image.credit())));
                }
            } else if (block instanceof Block.StoryLink link) {
                ArticleSummary story = stories.get(link.articleId());
                if (story != null) {
                    resolved.add(new Block.StoryLink(link.articleId(), story.headline(), story.urls().canonical()));
                }
            } else if (block instanceof Block.Paragraph paragraph) {
                resolved.add(new Block.Paragraph(paragraph.content().stream().map(i -> resolve(i, stories)).toList()));
            } else {
                resolved.add(block);
            }
        }
        return resolved;
    }

    private static Inline resolve(Inline inline, Map<UUID, ArticleSummary> stories) {
        if (inline instanceof Inline.Link link && link.articleId() != null) {
            ArticleSummary story = stories.get(link.articleId());
            return story == null ? new Inline.Text(link.text(), link.marks())
                    : new Inline.Link(link.text(), story.urls().canonical(), link.articleId(), link.marks());
        }
        return inline;
    }

    private static List<UUID> linkedArticleIds(List<Block> blocks) {
        List<UUID> ids = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.StoryLink link) {
                ids.add(link.articleId());
            } else if (block instanceof Block.Paragraph paragraph) {
                paragraph.content().stream()
                        .filter(i -> i instanceof Inline.Link link && link.articleId() != null)
                        .forEach(i -> ids.add(((Inline.Link) i).articleId()));
            }
        }
        return ids;
    }
}
