package news.byline.article.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import news.byline.article.Article;
import org.hibernate.jpa.HibernateHints;

/**
 * Keeps the topic and contributor names that search reads in step when a topic or an author is renamed.
 * The articles themselves did not change: their version and updatedAt stay as they are.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SearchKeywords {

    public void refreshArticlesTagged(UUID topicId) {
        refresh(Article.getEntityManager()
                .createQuery("select distinct a from Article a join a.topics t where t.id = :id", Article.class)
                .setParameter("id", topicId).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList());
    }

    public void refreshArticlesBy(UUID authorId) {
        refresh(Article.getEntityManager()
                .createQuery("select distinct a from Article a join a.contributors c where c.author.id = :id", Article.class)
                .setParameter("id", authorId).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList());
    }

    private static void refresh(List<Article> articles) {
        for (Article article : articles) {
            String keywords = article.keywords();
            if (!keywords.equals(article.searchKeywords)) {
                Article.update("searchKeywords = ?1 where id = ?2", keywords, article.id);
            }
        }
    }
}
