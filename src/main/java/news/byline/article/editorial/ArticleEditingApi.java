package news.byline.article.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import news.byline.article.ArticleView;
import news.byline.key.Role;
import news.byline.web.conditional.IfMatch;
import news.byline.web.json.MergePatch;
import news.byline.web.openapi.ApiDocumentation;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The HTTP contract of {@link ArticleEditingResource}: routes, parameters, responses and their documentation. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
@SecurityRequirement(name = ApiDocumentation.API_KEY)
public interface ArticleEditingApi {
    String ARTICLE_EXAMPLE = "russian-troops-arrive-in-niger-as-military-agreement-begins";

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.CONTRIBUTOR_NAME)
    @Operation(operationId = "createArticle", summary = "Create an article",
            description = "Contributors, editors and admins. The article starts as a draft; references are checked (422 names the field).")
    @APIResponse(responseCode = "201", description = "Created as a draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    RestResponse<ArticleView> create(
            @RequestBody(description = "The new article.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "story", value = ArticleInput.EXAMPLE)))
            @Valid @NotNull ArticleInput input, @Context UriInfo uri);

    @PUT
    @Path("{idOrSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.CONTRIBUTOR_NAME)
    @Operation(operationId = "replaceArticle", summary = "Replace an article",
            description = "Editors any article, contributors their own drafts. Send the ETag you read as If-Match (412 when it changed meanwhile).")
    RestResponse<ArticleView> replace(
            @PathParam("idOrSlug") @Parameter(description = "Article id or slug.", example = "niger-junta-welcomes-russian-instructors") String idOrSlug,
            @BeanParam IfMatch ifMatch,
            @RequestBody(description = "The whole article.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "story", value = ArticleInput.EXAMPLE)))
            @Valid @NotNull ArticleInput input);

    @PATCH
    @Path("{idOrSlug}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.CONTRIBUTOR_NAME)
    @Operation(operationId = "patchArticle", summary = "Change part of an article",
            description = "A JSON Merge Patch (RFC 7386) of the article's input form; the result is validated like a PUT.")
    RestResponse<ArticleView> patch(
            @PathParam("idOrSlug") @Parameter(description = "Article id or slug.", example = ARTICLE_EXAMPLE) String idOrSlug,
            @BeanParam IfMatch ifMatch,
            @RequestBody(description = "The fields to change; null removes an optional field.", required = true,
                    content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.OBJECT, description = "Any of ArticleInput's fields."),
                            examples = @ExampleObject(name = "summary", value = "{\"summary\":\"Russian military instructors and an air defence system arrive as Niger's junta strengthens ties with Moscow.\"}")))
            String patch) throws JsonProcessingException;

    @DELETE
    @Path("{idOrSlug}")
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.CONTRIBUTOR_NAME)
    @Operation(operationId = "deleteArticle", summary = "Delete an article",
            description = "Editors any article, contributors their own drafts. Refused (409) while other articles or collections refer to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    RestResponse<Void> delete(
            @PathParam("idOrSlug") @Parameter(description = "Article id or slug.", example = "niger-junta-welcomes-russian-instructors") String idOrSlug,
            @BeanParam IfMatch ifMatch);

    @POST
    @Path("{id}/publish")
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "publishArticle", summary = "Publish an article",
            description = "Editors. Makes the article public now; firstPublishedAt is set the first time only.")
    RestResponse<ArticleView> publish(
            @PathParam("id") @Parameter(description = "Article id or slug.", example = ARTICLE_EXAMPLE) String id,
            @BeanParam IfMatch ifMatch);

    @POST
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "scheduleArticle", summary = "Schedule an article",
            description = "Editors. The article goes live at publishAt (within a minute), also after a restart that missed the time.")
    RestResponse<ArticleView> schedule(
            @PathParam("id") @Parameter(description = "Article id or slug.", example = "niger-junta-sets-out-plans-for-a-longer-transition") String id,
            @BeanParam IfMatch ifMatch,
            @RequestBody(description = "When to publish.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "new year", value = ScheduleRequest.EXAMPLE)))
            @Valid @NotNull ScheduleRequest request);

    @POST
    @Path("{id}/unpublish")
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "unpublishArticle", summary = "Unpublish an article",
            description = "Editors. A published or scheduled article goes back to draft and leaves every public route.")
    RestResponse<ArticleView> unpublish(
            @PathParam("id") @Parameter(description = "Article id or slug.", example = ARTICLE_EXAMPLE) String id,
            @BeanParam IfMatch ifMatch);

    @POST
    @Path("{id}/archive")
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "archiveArticle", summary = "Archive an article", description = "Editors. The article leaves every public route but is kept.")
    RestResponse<ArticleView> archive(
            @PathParam("id") @Parameter(description = "Article id or slug.", example = ARTICLE_EXAMPLE) String id,
            @BeanParam IfMatch ifMatch);

    @GET
    @Path("{idOrSlug}/revisions")
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.CONTRIBUTOR_NAME)
    @Operation(operationId = "listArticleRevisions", summary = "List an article's revisions", description = "Newest first, without snapshots.")
    RestResponse<ListEnvelope<RevisionView>> revisions(
            @PathParam("idOrSlug") @Parameter(description = "Article id or slug.", example = ARTICLE_EXAMPLE) String idOrSlug,
            @BeanParam PageParams paging, @Context UriInfo uri);

    @GET
    @Path("{idOrSlug}/revisions/{number}")
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.CONTRIBUTOR_NAME)
    @Operation(operationId = "getArticleRevision", summary = "Get one revision", description = "The revision with the article's content as it was saved.")
    RestResponse<RevisionView> revision(
            @PathParam("idOrSlug") @Parameter(description = "Article id or slug.", example = ARTICLE_EXAMPLE) String idOrSlug,
            @PathParam("number") @Parameter(description = "Revision number.", example = "1") int number);

    @POST
    @Path("{idOrSlug}/revisions/{number}/restore")
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.CONTRIBUTOR_NAME)
    @Operation(operationId = "restoreArticleRevision", summary = "Restore a revision",
            description = "Puts the revision's content back (the workflow state is kept); the restore is itself a new revision.")
    RestResponse<ArticleView> restore(
            @PathParam("idOrSlug") @Parameter(description = "Article id or slug.", example = ARTICLE_EXAMPLE) String idOrSlug,
            @PathParam("number") @Parameter(description = "Revision number.", example = "1") int number,
            @BeanParam IfMatch ifMatch);
}
