package news.byline.collection;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import news.byline.article.Article;
import news.byline.content.QueriedReferences;
import news.byline.image.Image;

/** Collections that list a story or show an image as an item's promo. */
@Singleton
class CollectionReferences extends QueriedReferences {

    public CollectionReferences(EntityManager entityManager) {
        super(entityManager, "collection", Map.of(
                Article.class, List.of("select distinct c.slug from CuratedList c join c.items i where i.article.id = :id order by c.slug"),
                Image.class, List.of("select distinct c.slug from CuratedList c join c.items i where i.promoImage.id = :id order by c.slug")));
    }
}
