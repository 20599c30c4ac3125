package news.byline.author;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import news.byline.event.ContentKind;
import news.byline.content.SlugOwners;
import news.byline.content.SluggedContentService;
import news.byline.content.SluggedContentSupport;
import news.byline.image.Image;
import news.byline.web.PageRequest;
import news.byline.web.PageResult;
import news.byline.web.ProblemException;
import news.byline.web.Slugs;

/** Authors: the shared write steps, with a portrait checked and a rename passed on to what was derived from the name. */
@ApplicationScoped
@Transactional
public class AuthorService extends SluggedContentService<Author, AuthorInput, AuthorView> {
    private final Event<AuthorRenamed> renamedEvent;

    public AuthorService(SluggedContentSupport support, Event<AuthorRenamed> renamedEvent) {
        super(Author.class, AuthorInput.class, ContentKind.AUTHOR, support);
        this.renamedEvent = renamedEvent;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AuthorView> list(PageRequest page) {
        var authors = Author.<Author>find("from Author a left join fetch a.portrait order by a.name, a.id")
                .page(page.page() - 1, page.size()).list();
        return new PageResult<>(authors, Author.count(), page).map(AuthorView::of);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    protected AuthorView view(Author author) {
        return AuthorView.of(author);
    }

    @Override
    protected AuthorInput input(Author author) {
        return AuthorInput.of(author);
    }

    @Override
    protected String slugOf(AuthorInput input) {
        return input.slug() != null ? input.slug() : Slugs.from(input.name());
    }

    @Override
    protected Author newEntity(UUID id) {
        Author author = new Author();
        author.id = id;
        return author;
    }

    @Override
    protected void apply(Author author, AuthorInput input) {
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
