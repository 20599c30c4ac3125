package news.byline.author;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import news.byline.content.ContentWrites;
import news.byline.content.SlugOwners;
import news.byline.content.Slugs;
import news.byline.domain.Changes;
import news.byline.domain.Invalid;
import news.byline.domain.PageRequest;
import news.byline.domain.PageResult;
import news.byline.domain.Precondition;
import news.byline.domain.Versioned;
import news.byline.event.ContentAction;
import news.byline.event.ContentKind;
import news.byline.image.Image;

/** Authors: the shared write steps, with a portrait checked and a rename passed on to what was derived from the name. */
@ApplicationScoped
@Transactional
public class AuthorService {
    private final ContentWrites writes;
    private final Event<AuthorRenamed> renamedEvent;

    public AuthorService(ContentWrites writes, Event<AuthorRenamed> renamedEvent) {
        this.writes = writes;
        this.renamedEvent = renamedEvent;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AuthorView> list(PageRequest page) {
        var authors = Author.<Author>find("from Author a left join fetch a.portrait order by a.name, a.id")
                .page(page.page() - 1, page.size()).list();
        return new PageResult<>(authors, Author.count(), page).map(AuthorView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuthorView find(String idOrSlug) {
        return AuthorView.of(entity(idOrSlug));
    }

    /** The author with this id or slug, or {@code NotFound}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Author entity(String idOrSlug) {
        return writes.byIdOrSlug(Author.class, ContentKind.AUTHOR, idOrSlug);
    }

    public Versioned<AuthorView> create(AuthorInput input) {
        Author author = newAuthor(UUID.randomUUID());
        apply(author, input);
        author.persist();
        return writes.written(ContentKind.AUTHOR, ContentAction.CREATED, author, () -> AuthorView.of(author));
    }

    /** Import: updates the author with this id or slug, or creates it (with this id when given). True when created. */
    public boolean upsert(UUID id, AuthorInput input) {
        var target = writes.importTarget(Author.class, id, () -> writes.bySlug(Author.class, slugOf(input)), AuthorService::newAuthor);
        return writes.imported(ContentKind.AUTHOR, target, author -> apply(author, input), AuthorView::of);
    }

    public Versioned<AuthorView> replace(String idOrSlug, Precondition precondition, AuthorInput input) {
        Author author = entity(idOrSlug);
        writes.require(precondition, author, () -> AuthorView.of(author));
        apply(author, input);
        return writes.written(ContentKind.AUTHOR, ContentAction.UPDATED, author, () -> AuthorView.of(author));
    }

    public Versioned<AuthorView> patch(String idOrSlug, Precondition precondition, Changes<AuthorInput> changes)
            throws JsonProcessingException {
        return replace(idOrSlug, precondition, changes.applyTo(AuthorInput.of(entity(idOrSlug))));
    }

    public void delete(String idOrSlug, Precondition precondition) {
        Author author = entity(idOrSlug);
        writes.require(precondition, author, () -> AuthorView.of(author));
        writes.delete(ContentKind.AUTHOR, author);
    }

    private static Author newAuthor(UUID id) {
        Author author = new Author();
        author.id = id;
        return author;
    }

    private static String slugOf(AuthorInput input) {
        return input.slug() != null ? input.slug() : Slugs.from(input.name());
    }

    private void apply(Author author, AuthorInput input) {
        String slug = SlugOwners.assign(Author.class, "author", input.slug(), input.name(), author.id);
        Image portrait = null;
        if (input.portraitImageId() != null) {
            portrait = Image.findById(input.portraitImageId());
            if (portrait == null) {
                throw new Invalid("portraitImageId", "no image has this id");
            }
        }
        author.slug = slug;
        String name = input.name().trim();
        boolean renamed = author.name != null && !author.name.equals(name);
        author.name = name;
        author.jobTitle = input.jobTitle();
        author.bio = input.bio();
        author.portrait = portrait;
        author.updatedAt = Instant.now();
        if (renamed) {
            renamedEvent.fire(new AuthorRenamed(author.id));
        }
    }
}
