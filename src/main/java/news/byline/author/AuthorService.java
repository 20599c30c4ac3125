package news.byline.author;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import news.byline.web.IdOrSlug;
import news.byline.web.PageRequest;
import news.byline.web.PageResult;
import news.byline.web.ProblemException;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuthorService {

    public PageResult<AuthorView> list(PageRequest page) {
        var authors = Author.<Author>find("from Author a left join fetch a.portrait order by a.name, a.id")
                .page(page.page() - 1, page.size()).list();
        return new PageResult<>(authors, Author.count(), page).map(AuthorView::of);
    }

    public AuthorView find(String idOrSlug) {
        return AuthorView.of(entity(idOrSlug));
    }

    public Author entity(String idOrSlug) {
        Author author = IdOrSlug.asUuid(idOrSlug)
                .map(id -> Author.<Author>findById(id))
                .orElseGet(() -> Author.find("slug", idOrSlug).firstResult());
        if (author == null) {
            throw ProblemException.notFound("author", idOrSlug);
        }
        return author;
    }
}
