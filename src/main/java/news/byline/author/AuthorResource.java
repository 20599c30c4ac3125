package news.byline.author;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import news.byline.article.ArticleListParams;
import news.byline.article.ArticleService;
import news.byline.article.ArticleSummary;
import news.byline.web.ListEnvelope;
import news.byline.web.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors", description = "Contributors and their work")
public class AuthorResource {
    private final AuthorService authors;
    private final ArticleService articles;

    public AuthorResource(AuthorService authors, ArticleService articles) {
        this.authors = authors;
        this.articles = articles;
    }

    @GET
    @Operation(operationId = "listAuthors", summary = "List authors", description = "All contributors, by name.")
    public ListEnvelope<AuthorView> list(@BeanParam PageParams paging, @Context UriInfo uri) {
        return ListEnvelope.of(authors.list(paging.pageRequest()), uri);
    }

    @GET
    @Path("{idOrSlug}")
    @Operation(operationId = "getAuthor", summary = "Get an author", description = "One contributor by id or slug.")
    public AuthorView get(@PathParam("idOrSlug") @Parameter(description = "Author id or slug.", example = "chris-ewokor") String idOrSlug) {
        return authors.find(idOrSlug);
    }

    @GET
    @Path("{idOrSlug}/articles")
    @Operation(operationId = "listAuthorArticles", summary = "List an author's articles", description = "Published stories the author contributed to, newest first.")
    public ListEnvelope<ArticleSummary> articles(
            @PathParam("idOrSlug") @Parameter(description = "Author id or slug.", example = "chris-ewokor") String idOrSlug,
            @BeanParam ArticleListParams params, @Context UriInfo uri) {
        String slug = authors.find(idOrSlug).slug();
        return ListEnvelope.of(articles.list(params.filter().withAuthors(List.of(slug)), params.sortOrder(), params.pageRequest()), uri);
    }
}
