package news.byline.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import news.byline.article.ArticleService;
import news.byline.article.ArticleSummary;
import news.byline.image.ImageView;
import news.byline.web.PageRequest;
import news.byline.web.PageResult;
import news.byline.web.ProblemException;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CollectionService {
    private final ArticleService articles;

    public CollectionService(ArticleService articles) {
        this.articles = articles;
    }

    public PageResult<CollectionView> list(PageRequest page) {
        List<Collection> collections = Collection.<Collection>find("order by title, id").page(page.page() - 1, page.size()).list();
        return new PageResult<>(collections, Collection.count(), page)
                .map(c -> new CollectionView(c.id, c.slug, c.title, c.description, c.updatedAt, null));
    }

    /** The collection with its items; article items whose story is not published are left out. */
    public CollectionView find(String slug) {
        Collection collection = Collection.find("slug", slug).firstResult();
        if (collection == null) {
            throw ProblemException.notFound("collection", slug);
        }
        List<UUID> articleIds = collection.items.stream()
                .filter(i -> i.article != null).map(i -> i.article.id).toList();
        Map<UUID, ArticleSummary> stories = articles.summariesById(articleIds);
        List<CollectionView.Item> items = collection.items.stream()
                .map(item -> item.article != null
                        ? article(item, stories.get(item.article.id))
                        : new CollectionView.Item("promo", item.attribution, null, new CollectionView.Promo(
                                item.promoTitle, item.promoSummary, item.promoUrl, ImageView.of(item.promoImage))))
                .filter(Objects::nonNull)
                .toList();
        return new CollectionView(collection.id, collection.slug, collection.title, collection.description,
                collection.updatedAt, items);
    }

    private static CollectionView.Item article(CollectionItem item, ArticleSummary story) {
        return story == null ? null : new CollectionView.Item("article", item.attribution, story, null);
    }
}
