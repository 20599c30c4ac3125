package news.byline.author;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import news.byline.image.Image;
import news.byline.reference.References;
import news.byline.reference.SlugOwners;
import news.byline.web.EntityTags;
import news.byline.web.IdOrSlug;
import news.byline.web.MergePatch;
import news.byline.web.PageRequest;
import news.byline.web.PageResult;
import news.byline.web.ProblemException;
import news.byline.web.Slugs;

@ApplicationScoped
@Transactional
public class AuthorService {
    private final EntityTags tags;
    private final MergePatch mergePatch;
    private final References references;
    private final Event<AuthorRenamed> renamedEvent;

    public AuthorService(EntityTags tags, MergePatch mergePatch, References references, Event<AuthorRenamed> renamedEvent) {
        this.tags = tags;
        this.mergePatch = mergePatch;
        this.references = references;
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

    public AuthorView create(AuthorInput input) {
        Author author = new Author();
        author.id = UUID.randomUUID();
        apply(author, input);
        author.persist();
        return AuthorView.of(author);
    }

    /** Import: updates the author with this id or slug, or creates it (with this id when given). True when created. */
    public boolean upsert(UUID id, AuthorInput input) {
        Author author = id != null ? Author.findById(id) : null;
        if (author == null) {
            author = Author.find("slug", input.slug() != null ? input.slug() : Slugs.from(input.name())).firstResult();
        }
        boolean created = author == null;
        if (created) {
            author = new Author();
            author.id = id != null ? id : UUID.randomUUID();
        }
        apply(author, input);
        if (created) {
            author.persist();
        }
        return created;
    }

    public AuthorView replace(String idOrSlug, String ifMatch, AuthorInput input) {
        Author author = entity(idOrSlug);
        tags.requireMatch(ifMatch, () -> AuthorView.of(author));
        apply(author, input);
        Author.flush(); // a concurrent change surfaces here as an optimistic-lock failure (412)
        return AuthorView.of(author);
    }

    public AuthorView patch(String idOrSlug, String ifMatch, String patch) throws JsonProcessingException {
        return replace(idOrSlug, ifMatch, mergePatch.apply(AuthorInput.of(entity(idOrSlug)), patch, AuthorInput.class));
    }

    public void delete(String idOrSlug, String ifMatch) {
        Author author = entity(idOrSlug);
        tags.requireMatch(ifMatch, () -> AuthorView.of(author));
        references.requireNone(Author.class, author.id, "Author '" + author.slug + "'");
        author.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Author entity(String idOrSlug) {
        Author author = IdOrSlug.asUuid(idOrSlug)
                .map(id -> Author.<Author>findById(id))
                .orElseGet(() -> Author.find("slug", idOrSlug).firstResult());
        if (author == null) {
            throw ProblemException.notFound("author", idOrSlug);
        }
        return author;
    }

    private void apply(Author author, AuthorInput input) {
        String slug = SlugOwners.assign(Author.class, "author", input.slug(), input.name(), author.id);
        Image portrait = null;
        if (input.portraitImageId() != null) {
            portrait = Image.findById(input.portraitImageId());
            if (portrait == null) {
                throw ProblemException.unprocessable("portraitImageId", "no image has this id");
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
