package news.byline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import news.byline.article.search.TextSearch;
import news.byline.domain.Actor;
import news.byline.domain.PageRequest;
import news.byline.domain.PageResult;

/**
 * Stories by workflow state for the newsroom, most recently changed first: an editor finds every draft,
 * scheduled, published or archived story; a contributor the stories it may edit (its own drafts). Read from
 * the database on every request, never from the prepared summaries, which hold published stories only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleWorklist {
    private static final String ORDER = " order by a.updatedAt desc, a.id desc";

    private final ArticleMapper mapper;
    private final TextSearch textSearch;
    private final FilterIds filterIds;

    public ArticleWorklist(ArticleMapper mapper, TextSearch textSearch, FilterIds filterIds) {
        this.mapper = mapper;
        this.textSearch = textSearch;
        this.filterIds = filterIds;
    }

    public PageResult<ArticleSummary> list(ArticleStatus status, ArticleFilter filter, PageRequest page, Actor caller) {
        if (!caller.editor() && status != ArticleStatus.DRAFT) {
            return new PageResult<>(List.of(), 0, page); // contributors edit their own drafts only
        }
        ArticleQuery query = ArticleQuery.of(status, caller.editor() ? null : caller.name(), filter, textSearch, filterIds);
        long total = Article.count("from Article a where " + query.where, query.parameters);
        TypedQuery<Article> stories = Article.getEntityManager()
                .createQuery("select a " + ArticleSummaries.SUMMARY_FROM + "where " + query.where + ORDER, Article.class);
        query.parameters.map().forEach(stories::setParameter);
        List<ArticleSummary> summaries = stories.setFirstResult((page.page() - 1) * page.size()).setMaxResults(page.size())
                .getResultList().stream().map(mapper::summary).toList();
        return new PageResult<>(summaries, total, page);
    }
}
