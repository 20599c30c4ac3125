package news.byline.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import news.byline.article.Article;
import news.byline.article.ArticleSummaries;
import news.byline.article.ArticleSummary;
import news.byline.content.ContentWrites;
import news.byline.content.SlugOwners;
import news.byline.content.Slugs;
import news.byline.domain.Actor;
import news.byline.domain.Changes;
import news.byline.domain.Invalid;
import news.byline.domain.NotFound;
import news.byline.domain.PageRequest;
import news.byline.domain.PageResult;
import news.byline.domain.Precondition;
import news.byline.domain.Versioned;
import news.byline.event.ContentAction;
import news.byline.event.ContentKind;
import news.byline.image.Image;
import news.byline.image.ImageView;

@ApplicationScoped
@Transactional
public class CollectionService {
    private final ArticleSummaries summaries;
    private final ContentWrites writes;

    public CollectionService(ArticleSummaries summaries, ContentWrites writes) {
        this.summaries = summaries;
        this.writes = writes;
    }

    public Versioned<CollectionView> create(CollectionInput input) {
        CuratedList collection = newCollection(UUID.randomUUID());
        apply(collection, input);
        collection.persist();
        return written(collection, ContentAction.CREATED);
    }

    /** Import: updates the collection with this id or slug, or creates it (with this id when given). True when created. */
    public boolean upsert(UUID id, CollectionInput input) {
        var target = writes.importTarget(CuratedList.class, id,
                () -> writes.bySlug(CuratedList.class, input.slug() != null ? input.slug() : Slugs.from(input.title())),
                CollectionService::newCollection);
        return writes.imported(ContentKind.COLLECTION, target, collection -> apply(collection, input), CollectionSummary::of);
    }

    public Versioned<CollectionView> replace(String slug, Precondition precondition, CollectionInput input) {
        CuratedList collection = entity(slug);
        writes.require(precondition, collection, () -> view(collection));
        apply(collection, input);
        return written(collection, ContentAction.UPDATED);
    }

    public Versioned<CollectionView> patch(String slug, Precondition precondition, Changes<CollectionInput> changes)
            throws JsonProcessingException {
        return replace(slug, precondition, changes.applyTo(CollectionInput.of(entity(slug))));
    }

    public void delete(String slug, Precondition precondition) {
        CuratedList collection = entity(slug);
        writes.require(precondition, collection, () -> view(collection));
        writes.delete(ContentKind.COLLECTION, collection);
    }

    /** The collection as written; its event carries what the collections list shows of it (its items change with the stories in them, which have their own events). */
    private Versioned<CollectionView> written(CuratedList collection, ContentAction action) {
        return writes.written(ContentKind.COLLECTION, action, collection, () -> view(collection), CollectionSummary.of(collection));
    }

    private static CuratedList newCollection(UUID id) {
        CuratedList collection = new CuratedList();
        collection.id = id;
        return collection;
    }

    private static void apply(CuratedList collection, CollectionInput input) {
        String slug = SlugOwners.assign(CuratedList.class, "collection", input.slug(), input.title(), collection.id);
        List<CollectionItem> items = new ArrayList<>();
        for (int i = 0; i < input.items().size(); i++) {
            items.add(item(input.items().get(i), "items[" + i + "]"));
        }
        collection.slug = slug;
        collection.title = input.title().trim();
        collection.description = input.description();
        collection.position = input.position() == null ? 0 : input.position();
        collection.replaceItems(items);
        collection.updatedAt = Instant.now();
    }

    private static CollectionItem item(CollectionInput.Item input, String at) {
        if ((input.article() == null) == (input.promo() == null)) {
            throw new Invalid(at, "an item is either an article or a promo");
        }
        if (input.article() != null) {
            Article article = Article.find("slug", input.article()).firstResult();
            if (article == null) {
                throw new Invalid(at + ".article", "no article has the slug '" + input.article() + "'");
            }
            return CollectionItem.article(article, input.attribution());
        }
        Image image = null;
        if (input.promo().imageId() != null) {
            image = Image.findById(input.promo().imageId());
            if (image == null) {
                throw new Invalid(at + ".promo.imageId", "no image has this id");
            }
        }
        return CollectionItem.promo(input.promo().title(), input.promo().summary(), input.promo().url(), image,
                input.attribution());
    }

    private static CuratedList entity(String slug) {
        return ContentWrites.required(CuratedList.<CuratedList>find("slug", slug).firstResult(), ContentKind.COLLECTION, slug);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<CollectionSummary> list(PageRequest page) {
        List<CuratedList> collections = CuratedList.<CuratedList>find("order by position, title, id").page(page.page() - 1, page.size()).list();
        return new PageResult<>(collections, CuratedList.count(), page)
                .map(CollectionSummary::of);
    }

    /** An editor's read: the collection with its version; not found to anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<CollectionView> preview(String slug, Actor caller) {
        CuratedList collection = entity(slug);
        if (!caller.editor()) {
            throw new NotFound("collection", slug);
        }
        return ContentWrites.current(collection, view(collection));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CollectionView find(String slug) {
        return view(entity(slug));
    }

    /** The collection with its items; article items whose story is not published are left out. */
    private CollectionView view(CuratedList collection) {
        List<UUID> articleIds = collection.items.stream()
                .filter(i -> i.article != null).map(i -> i.article.id).toList();
        Map<UUID, ArticleSummary> stories = summaries.published(articleIds);
        List<CollectionView.Item> items = collection.items.stream()
                .map(item -> item.article != null
                        ? article(item, stories.get(item.article.id))
                        : new CollectionView.Item("promo", item.attribution, null, new CollectionView.Promo(
                                item.promoTitle, item.promoSummary, item.promoUrl, ImageView.of(item.promoImage))))
                .filter(Objects::nonNull)
                .toList();
        return new CollectionView(collection.id, collection.slug, collection.title, collection.description,
                collection.position, collection.updatedAt, items);
    }

    private static CollectionView.Item article(CollectionItem item, ArticleSummary story) {
        return story == null ? null : new CollectionView.Item("article", item.attribution, story, null);
    }
}
