package news.byline.live;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import news.byline.author.Author;
import news.byline.content.QueriedReferences;
import news.byline.image.Image;

/**
 * Live posts that name an author as a contributor or show an image, named by their live page's slug, once a page
 * (null for a page the one deleting may not see). A published post of a published page shows its images publicly.
 */
@Singleton
class LivePostReferences extends QueriedReferences {
    private static final String SHOWN = "select distinct case when a.status = news.byline.article.ArticleStatus.PUBLISHED"
            + " then a.slug end as shown ";
    private static final String PUBLIC = " and p.status = news.byline.live.LivePostStatus.PUBLISHED"
            + " and a.status = news.byline.article.ArticleStatus.PUBLISHED";

    public LivePostReferences(EntityManager entityManager) {
        super(entityManager, "live page", Map.of(
                Author.class, List.of(SHOWN + "from LivePost p join p.page a join p.contributors c where c.id = :id order by shown"),
                Image.class, List.of(SHOWN + "from LivePost p join p.page a join p.imageIds i where i = :id order by shown")),
                Map.of(Image.class, List.of("select p.id from LivePost p join p.page a join p.imageIds i where i = :id" + PUBLIC)));
    }
}
