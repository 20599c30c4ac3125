package news.byline.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.identity.SecurityIdentity;
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
import news.byline.content.SlugOwners;
import news.byline.event.ContentAction;
import news.byline.event.ContentKind;
import news.byline.event.Outbox;
import news.byline.image.Image;
import news.byline.image.ImageView;
import news.byline.key.Role;
import news.byline.web.EntityTags;
import news.byline.web.HandedOutVersion;
import news.byline.web.MergePatch;
import news.byline.web.PageRequest;
import news.byline.web.PageResult;
import news.byline.web.ProblemException;
import news.byline.web.Slugs;

@ApplicationScoped
@Transactional
public class CollectionService {
    private final ArticleSummaries summaries;
    private final EntityTags tags;
    private final HandedOutVersion handedOut;
    private final MergePatch mergePatch;
    private final Outbox outbox;

    public CollectionService(ArticleSummaries summaries, EntityTags tags, HandedOutVersion handedOut, MergePatch mergePatch,
                             Outbox outbox) {
        this.outbox = outbox;
        this.handedOut = handedOut;
        this.summaries = summaries;
        this.tags = tags;
        this.mergePatch = mergePatch;
    }

    public CollectionView create(CollectionInput input) {
        CuratedList collection = new CuratedList();
        collection.id = UUID.randomUUID();
        apply(collection, input);
        collection.persist();
        return written(collection, ContentAction.CREATED);
    }

    /** Import: updates the collection with this id or slug, or creates it (with this id when given). True when created. */
    public boolean upsert(UUID id, CollectionInput input) {
        CuratedList collection = id != null ? CuratedList.findById(id) : null;
        if (collection == null) {
            collection = CuratedList.find("slug", input.slug() != null ? input.slug() : Slugs.from(input.title())).firstResult();
        }
        boolean created = collection == null;
        if (created) {
            collection = new CuratedList();
            collection.id = id != null ? id : UUID.randomUUID();
        }
        apply(collection, input);
        if (created) {
            collection.persist();
        }
        announce(collection, created ? ContentAction.CREATED : ContentAction.UPDATED);
        return created;
    }

    public CollectionView replace(String slug, String ifMatch, CollectionInput input) {
        CuratedList collection = entity(slug);
        tags.requireMatch(ifMatch, collection.id, collection.version, () -> find(slug));
        apply(collection, input);
        return written(collection, ContentAction.UPDATED);
    }

    public CollectionView patch(String slug, String ifMatch, String patch) throws JsonProcessingException {
        return replace(slug, ifMatch, mergePatch.apply(CollectionInput.of(entity(slug)), patch, CollectionInput.class));
    }

    public void delete(String slug, String ifMatch) {
        CuratedList collection = entity(slug);
        tags.requireMatch(ifMatch, collection.id, collection.version, () -> find(slug));
        collection.delete();
        outbox.removed(ContentKind.COLLECTION, ContentAction.DELETED, collection, collection.slug);
    }

    /** The collection as written, handing out its new version tag; a concurrent change surfaces here (412). */
    private CollectionView written(CuratedList collection, ContentAction action) {
        CuratedList.flush();
        handedOut.of(collection.id, collection.version);
        announce(collection, action);
        return find(collection.slug);
    }

    /** What the collections list shows of it (its items change with the stories in them, which have their own events). */
    private void announce(CuratedList collection, ContentAction action) {
        outbox.upserted(ContentKind.COLLECTION, action, collection, collection.slug, CollectionSummary.of(collection));
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
            throw ProblemException.unprocessable(at, "an item is either an article or a promo");
        }
        if (input.article() != null) {
            Article article = Article.find("slug", input.article()).firstResult();
            if (article == null) {
                throw ProblemException.unprocessable(at + ".article", "no article has the slug '" + input.article() + "'");
            }
            return CollectionItem.article(article, input.attribution());
        }
        Image image = null;
        if (input.promo().imageId() != null) {
            image = Image.findById(input.promo().imageId());
            if (image == null) {
                throw ProblemException.unprocessable(at + ".promo.imageId", "no image has this id");
            }
        }
        return CollectionItem.promo(input.promo().title(), input.promo().summary(), input.promo().url(), image,
                input.attribution());
    }

    private static CuratedList entity(String slug) {
        CuratedList collection = CuratedList.find("slug", slug).firstResult();
        if (collection == null) {
            throw ProblemException.notFound("collection", slug);
        }
        return collection;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<CollectionSummary> list(PageRequest page) {
        List<CuratedList> collections = CuratedList.<CuratedList>find("order by position, title, id").page(page.page() - 1, page.size()).list();
        return new PageResult<>(collections, CuratedList.count(), page)
                .map(CollectionSummary::of);
    }

    /** An editor's read: the collection with its version handed out as the ETag; 404 to anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CollectionView preview(String slug, SecurityIdentity caller) {
        CuratedList collection = entity(slug);
        if (!caller.hasRole(Role.EDITOR_NAME)) {
            throw ProblemException.notFound("collection", slug);
        }
        handedOut.of(collection.id, collection.version);
        return find(slug);
    }

    /** The collection with its items; article items whose story is not published are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CollectionView find(String slug) {
        CuratedList collection = entity(slug);
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
