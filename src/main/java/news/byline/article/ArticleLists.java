package news.byline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import news.byline.author.AuthorService;
import news.byline.domain.PageRequest;
import news.byline.domain.PageResult;
import news.byline.section.SectionService;
import news.byline.topic.TopicService;
import news.byline.web.paging.FieldSelection;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.PageParams;
import news.byline.web.problem.ProblemException;

/**
 * Answers every route that lists articles, by offset page or by cursor; offset pages also hand out the
 * cursor that continues after them, so a client can switch to cursor paging at any page.
 */
@ApplicationScoped
class ArticleLists {
    private final ArticleService articles;
    private final ArticleCursor cursors;
    private final SectionService sections;
    private final TopicService topics;
    private final AuthorService authors;

    public ArticleLists(ArticleService articles, ArticleCursor cursors, SectionService sections, TopicService topics,
                        AuthorService authors) {
        this.articles = articles;
        this.cursors = cursors;
        this.sections = sections;
        this.topics = topics;
        this.authors = authors;
    }

    /** Stories in the section (404 if there is none at this path) and its sub-sections. */
    public ListEnvelope<ArticleSummary> ofSection(String path, ArticleListParams params, UriInfo uri) {
        return respond(params, params.filter().withSections(List.of(sections.byPath(path).path)), uri);
    }

    /** Stories tagged with the topic (404 if there is none with this id or slug). */
    public ListEnvelope<ArticleSummary> ofTopic(String idOrSlug, ArticleListParams params, UriInfo uri) {
        return respond(params, params.filter().withTopics(List.of(topics.entity(idOrSlug).slug), List.of()), uri);
    }

    /** Stories the author contributed to (404 if there is none with this id or slug). */
    public ListEnvelope<ArticleSummary> ofAuthor(String idOrSlug, ArticleListParams params, UriInfo uri) {
        return respond(params, params.filter().withAuthors(List.of(authors.entity(idOrSlug).slug)), uri);
    }

    public ListEnvelope<ArticleSummary> respond(ArticleListParams params, ArticleFilter filter, UriInfo uri) {
        FieldSelection.parse(params.fields, ArticleSummary.FIELDS); // checked here, applied by SparseFieldsFilter
        ArticleSort sort = ArticleSort.parse(params.sort, filter.search() != null);
        String query = queryKey(filter, sort);
        if (params.cursor != null) {
            if (!sort.allowsCursor()) {
                throw ProblemException.invalidParameter("cursor", "search results in relevance order page by page and "
                        + "pageSize; cursor paging needs a time order (sort=-publishedAt, publishedAt or -updatedAt)");
            }
            if (params.page != null) {
                throw ProblemException.invalidParameter("page", "cannot be combined with cursor");
            }
            PageRequest size = PageParams.parse(null, params.pageSize);
            ArticleService.CursorPage page = articles.listAfter(filter, sort, cursors.decode(params.cursor, query), size.size());
            return ListEnvelope.ofCursor(page.items(), size.size(), next(page.next(), query), uri);
        }
        PageResult<ArticleSummary> page = articles.list(filter, sort, params.pageRequest());
        boolean more = sort.allowsCursor() && page.request().page() < page.totalPages() && !page.items().isEmpty();
        ArticleSummary last = more ? page.items().get(page.items().size() - 1) : null;
        return ListEnvelope.of(page, uri, last == null ? null
                : next(new ArticleCursor.Position(sort.valueOf(last), last.id()), query));
    }

    private String next(ArticleCursor.Position position, String query) {
        return position == null ? null : cursors.encode(position, query);
    }

    /** What a cursor is bound to: the filters and the sort, hashed short. */
    private static String queryKey(ArticleFilter filter, ArticleSort sort) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((sort.name() + filter.toString().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 9));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
