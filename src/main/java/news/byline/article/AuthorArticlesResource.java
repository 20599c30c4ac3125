package news.byline.article;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import news.byline.web.ListEnvelope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The author's page of stories: listed here, beside the other lists, so that authors know nothing of articles. */
@Path("/api/v1/authors/{idOrSlug}/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors")
public class AuthorArticlesResource {
    private final ArticleLists lists;

    public AuthorArticlesResource(ArticleLists lists) {
        this.lists = lists;
    }

    @GET
    @Operation(operationId = "listAuthorArticles", summary = "List an author's articles", description = "Published stories the author contributed to, newest first.")
    public ListEnvelope<ArticleSummary> list(
            @PathParam("idOrSlug") @Parameter(description = "Author id or slug.", example = "chris-ewokor") String idOrSlug,
            @BeanParam ArticleListParams params, @Context UriInfo uri) {
        return lists.ofAuthor(idOrSlug, params, uri);
    }
}
