package news.byline.article;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import news.byline.article.body.Block;
import news.byline.article.body.BodyRenderer;
import news.byline.article.search.SearchQuery;
import news.byline.article.search.TextSearch;
import news.byline.cache.ContentChanged;
import news.byline.cache.DerivedData;
import news.byline.cache.ListKey;
import news.byline.cache.PurgeOrder;
import news.byline.config.BylineConfig;
import news.byline.domain.NotFound;
import news.byline.domain.PageRequest;
import news.byline.domain.PageResult;

/**
 * Reads published articles. A list page costs a fixed number of statements: the ids of the page, the count
 * (once per filter until the lists change), and for stories not prepared yet their summaries (one statement,
 * one batch per relation); search results also read their snippets. A story costs none once prepared.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleService {
    private static final int WORDS_PER_MINUTE = 230;
    /** How many of a list's first stories are kept by id: the pages readers open (ten of 20). */
    private static final int LIST_WINDOW = 200;
    private final ArticleSummaries summaries;
    private final PreparedArticles prepared;
    private final RelatedStories relatedStories;
    private final TextSearch textSearch;
    private final FilterIds filterIds;
    private final int rankWindow;
    private final String publisher;
    /** Totals of list filters: exact, counted once until a story enters, leaves or changes its text. */
    private final DerivedData<String, Long> counts =
            new DerivedData<>(10_000, Set.of(ListKey.ARTICLES, ListKey.ARTICLE_TEXT));
    /** The first ids of each list (filter and order; for relevance the ranked window), kept like the totals. */
    private final DerivedData<String, List<UUID>> firstIds =
            new DerivedData<>(2_000, Set.of(ListKey.ARTICLES, ListKey.ARTICLE_TEXT));
    /** Search snippets by query and story, until a story's text changes: a popular search is excerpted once. */
    private final DerivedData<Excerpt, Optional<String>> snippets = new DerivedData<>(20_000, Set.of(ListKey.ARTICLE_TEXT));

    public ArticleService(ArticleSummaries summaries, PreparedArticles prepared, RelatedStories relatedStories,
                          TextSearch textSearch, FilterIds filterIds, BylineConfig config) {
        this.filterIds = filterIds;
        this.rankWindow = config.searchRankWindow();
        this.publisher = config.publicationName();
        this.summaries = summaries;
        this.prepared = prepared;
        this.relatedStories = relatedStories;
        this.textSearch = textSearch;
    }

    public PageResult<ArticleSummary> list(ArticleFilter filter, ArticleSort sort, PageRequest page) {
        ArticleQuery query = ArticleQuery.of(filter, textSearch, filterIds);
        long total = counts.get(query.key(),
                k -> Article.count("from Article a where " + query.where, query.parameters));
        List<UUID> ids = sort == ArticleSort.RELEVANCE && textSearch.rank() != null
                ? ranked(query, page)
                : inOrder(query, sort, (page.page() - 1) * page.size(), page.size());
        return new PageResult<>(summaries(ids, filter), total, page);
    }

    /** The newest published stories the filter selects, without counting them all (feeds). */
    public List<ArticleSummary> newest(ArticleFilter filter, int count) {
        return summaries(inOrder(ArticleQuery.of(filter, textSearch, filterIds), ArticleSort.NEWEST, 0, count), filter);
    }

    /** Ids at this offset, from the list's first ids when the page lies among them. */
    private List<UUID> inOrder(ArticleQuery query, ArticleSort sort, int offset, int size) {
        if (offset + size > LIST_WINDOW) {
            return ids(query, sort, offset, size);
        }
        List<UUID> first = firstIds.get(sort + " " + query.key(), k -> ids(query, sort, 0, LIST_WINDOW));
        return first.subList(Math.min(offset, first.size()), Math.min(offset + size, first.size()));
    }

    private static List<UUID> ids(ArticleQuery query, ArticleSort sort, int offset, int size) {
        TypedQuery<UUID> ids = Article.getEntityManager().createQuery(
                "select a.id from Article a where " + query.where + " order by " + sort.orderBy(), UUID.class);
        query.parameters.map().forEach(ids::setParameter);
        return ids.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    /**
     * Relevance order, ranked over the newest {@code rankWindow} matches only, so that a word in every story
     * costs what a rare one does: reading that window walks the publication-time index and stops. Results past
     * the window follow, newest first.
     */
    private List<UUID> ranked(ArticleQuery query, PageRequest page) {
        List<UUID> best = firstIds.get(ArticleSort.RELEVANCE + " " + query.key(), k -> best(query));
        int from = (page.page() - 1) * page.size();
        int to = from + page.size();
        List<UUID> ids = new ArrayList<>(best.subList(Math.min(from, best.size()), Math.min(to, best.size())));
        if (to > best.size() && best.size() == rankWindow) {
            int beyond = Math.max(from, rankWindow);
            ids.addAll(inOrder(query, ArticleSort.NEWEST, beyond, to - beyond));
        }
        return ids;
    }

    /** The ids of the newest {@code rankWindow} matches, most relevant first. */
    private List<UUID> best(ArticleQuery query) {
        TypedQuery<Object[]> newest = Article.getEntityManager().createQuery("select a.id, " + textSearch.rank()
                + " from Article a where " + query.where + " order by " + ArticleSort.NEWEST.orderBy(), Object[].class);
        query.parameters.map().forEach(newest::setParameter);
        return newest.setMaxResults(rankWindow).getResultStream()
                .sorted(Comparator.comparingDouble((Object[] row) -> -((Number) row[1]).doubleValue())) // stable: equal ranks stay newest first
                .map(row -> (UUID) row[0]).toList();
    }

    /**
     * A page of articles after a cursor position (keyset paging): no offset and no count, so a deep page
     * costs what the first does. One extra row is read to know whether a next page exists.
     */
    public CursorPage listAfter(ArticleFilter filter, ArticleSort sort, ArticleCursor.Position after, int size) {
        ArticleQuery query = ArticleQuery.of(filter, textSearch, filterIds);
        String where = query.where + (after == null ? "" : " and " + sort.after());
        if (after != null) {
            query.parameters.and("afterValue", after.sortValue()).and("afterId", after.id());
        }
        List<UUID> ids = ids(new ArticleQuery(where, query.parameters), sort, 0, size + 1);
        boolean more = ids.size() > size;
        List<ArticleSummary> items = summaries(ids.stream().limit(size).toList(), filter);
        ArticleSummary last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new CursorPage(items, more && last != null ? new ArticleCursor.Position(sort.valueOf(last), last.id()) : null);
    }

    /** Summaries in list order; search results also carry their snippets (one more statement, for new ones). */
    private List<ArticleSummary> summaries(List<UUID> ids, ArticleFilter filter) {
        List<ArticleSummary> found = summaries.inOrder(ids);
        if (filter.search() == null) {
            return found;
        }
        String query = filter.search().text();
        Map<Excerpt, Optional<String>> excerpts = snippets.getAll(
                found.stream().map(summary -> new Excerpt(query, summary.id())).toList(),
                missing -> excerpts(missing, filter.search()));
        return found.stream()
                .map(summary -> summary.withSnippet(excerpts.get(new Excerpt(query, summary.id())).orElse(null)))
                .toList();
    }

    /** The snippets of these stories for the query; empty for a story without one. */
    private Map<Excerpt, Optional<String>> excerpts(Set<Excerpt> missing, SearchQuery query) {
        Map<UUID, String> found = textSearch.snippets(missing.stream().map(Excerpt::article).toList(), query);
        Map<Excerpt, Optional<String>> excerpts = new HashMap<>();
        missing.forEach(excerpt -> excerpts.put(excerpt, Optional.ofNullable(found.get(excerpt.article()))));
        return excerpts;
    }

    /** A story's snippet for a query. */
    private record Excerpt(String query, UUID article) {
    }

    void purge(@Observes @Priority(PurgeOrder.DERIVED_DATA) ContentChanged change) {
        counts.purge(change);
        firstIds.purge(change);
        snippets.purge(change);
    }

    public record CursorPage(List<ArticleSummary> items, ArticleCursor.Position next) {
    }

    /** The published article, doing only the work the fields a client wants need (a sparse field set). */
    public ArticleView find(String idOrSlug, BodyFormat format, Predicate<String> wanted) {
        return view(prepared.published(idOrSlug), format, wanted);
    }

    /** The full view of an article in whatever state it is; references still show only published stories. */
    public ArticleView view(Article article, BodyFormat format) {
        return view(prepared.prepare(article), format, field -> true);
    }

    private ArticleView view(PreparedArticle article, BodyFormat format, Predicate<String> wanted) {
        boolean needsBody = wanted.test("body") || wanted.test("bodyHtml") || wanted.test("bodyText");
        List<UUID> relatedIds = wanted.test("related") ? relatedStories.of(article) : List.of();
        List<UUID> linkedIds = needsBody ? ResolvedBodies.linkedArticleIds(article.body()) : List.of();
        // Linked and related stories are read together: one statement for those not prepared yet.
        Map<UUID, ArticleSummary> stories = summaries.published(concat(linkedIds, relatedIds));
        List<Block> body = needsBody ? ResolvedBodies.withLinks(article.body(), stories) : List.of();
        List<ArticleSummary> related = relatedIds.stream().map(stories::get).filter(Objects::nonNull)
                .limit(relatedStories.count()).toList();
        int curated = (int) related.stream().filter(story -> article.curatedRelated().contains(story.id())).count();
        int words = article.wordCount();
        return new ArticleView(article.summary(), article.status().name().toLowerCase(java.util.Locale.ROOT),
                article.status() == ArticleStatus.SCHEDULED ? article.publishAt() : null, body,
                format == BodyFormat.HTML ? BodyRenderer.html(body) : null,
                format == BodyFormat.TEXT ? BodyRenderer.text(body) : null,
                related, curated, words, Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE), article.breadcrumb(),
                StructuredData.of(article.summary(), publisher));
    }

    private static List<UUID> concat(List<UUID> first, List<UUID> second) {
        List<UUID> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    /** A published article by id or slug, or a 404 problem: drafts do not exist for public routes. */
    public Article published(String idOrSlug) {
        Article article = inAnyState(idOrSlug);
        if (!article.isPublic()) {
            throw new NotFound("article", idOrSlug);
        }
        return article;
    }

    /** An article by id or slug in any state, for editors; 404 when there is none. */
    public Article inAnyState(String idOrSlug) {
        Article article = Article.byIdOrSlug(idOrSlug);
        if (article == null) {
            throw new NotFound("article", idOrSlug);
        }
        return article;
    }
}
