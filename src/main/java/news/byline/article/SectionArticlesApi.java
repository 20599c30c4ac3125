package news.byline.article;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import news.byline.cache.ListKey;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.route.Shows;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The HTTP contract of {@link SectionArticlesResource}: routes, parameters, responses and their documentation. */
@Path("/api/v1/sections/{path: .+}/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sections")
public interface SectionArticlesApi {

    @GET
    @Shows(value = {ListKey.ARTICLES, ListKey.SECTIONS}, textWhen = {"q", "updatedFrom", "updatedTo", "sort=-updatedAt"})
    @Operation(operationId = "listSectionArticles", summary = "List a section's articles", description = "Published stories in the section and all its sub-sections, newest first.")
    ListEnvelope<ArticleSummary> list(
            @PathParam("path") @Parameter(description = "Section path.", example = "news/world") String path,
            @BeanParam ArticleListParams params, @Context UriInfo uri);
}
