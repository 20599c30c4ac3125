package news.byline.section;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import news.byline.article.ArticleListParams;
import news.byline.article.ArticleService;
import news.byline.article.ArticleSummary;
import news.byline.web.ListEnvelope;
import news.byline.web.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sections", description = "The section tree and the stories in each subtree")
public class SectionResource {
    private final SectionService sections;
    private final ArticleService articles;

    public SectionResource(SectionService sections, ArticleService articles) {
        this.sections = sections;
        this.articles = articles;
    }

    @GET
    @Operation(operationId = "listSections", summary = "List sections", description = "All sections, ordered by path.")
    public ListEnvelope<SectionView> list(@BeanParam PageParams paging, @Context UriInfo uri) {
        return ListEnvelope.of(sections.list(paging.pageRequest()), uri);
    }

    @GET
    @Path("{path: .+}/articles")
    @Operation(operationId = "listSectionArticles", summary = "List a section's articles", description = "Published stories in the section and all its sub-sections, newest first.")
    public ListEnvelope<ArticleSummary> articles(
            @PathParam("path") @Parameter(description = "Section path.", example = "news/world") String path,
            @BeanParam ArticleListParams params, @Context UriInfo uri) {
        String sectionPath = sections.byPath(path).path;
        return ListEnvelope.of(articles.list(params.filter().withSection(sectionPath), params.sortOrder(), params.pageRequest()), uri);
    }

    @GET
    @Path("{path: .+}")
    @Operation(operationId = "getSection", summary = "Get a section", description = "One section by path, with its ordered children and breadcrumb.")
    public SectionView get(@PathParam("path") @Parameter(description = "Section path.", example = "news/world/africa") String path) {
        return sections.find(path);
    }
}
