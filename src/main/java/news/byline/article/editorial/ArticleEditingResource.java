package news.byline.article.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.UriInfo;
import news.byline.article.ArticleView;
import news.byline.domain.Actor;
import news.byline.domain.Versioned;
import news.byline.key.Callers;
import news.byline.key.Role;
import news.byline.web.conditional.EntityTags;
import news.byline.web.conditional.IfMatch;
import news.byline.web.conditional.VersionedResponses;
import news.byline.web.json.MergePatch;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

/** Writing articles and moving them through the workflow; reading published ones is {@code ArticleResource}. */
public class ArticleEditingResource implements ArticleEditingApi {
    private static final String NO_STORE = "private, no-store";

    private final ArticleEditingService editing;
    private final SecurityIdentity identity;
    private final EntityTags tags;
    private final MergePatch mergePatch;

    public ArticleEditingResource(ArticleEditingService editing, SecurityIdentity identity, EntityTags tags, MergePatch mergePatch) {
        this.editing = editing;
        this.identity = identity;
        this.tags = tags;
        this.mergePatch = mergePatch;
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<ArticleView> create(ArticleInput input, UriInfo uri) {
        Versioned<ArticleView> created = editing.create(input, actor());
        return VersionedResponses.created(uri.getAbsolutePathBuilder().path(created.value().summary().id().toString()).build(), created);
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<ArticleView> replace(String idOrSlug, IfMatch ifMatch, ArticleInput input) {
        return VersionedResponses.ok(editing.replace(idOrSlug, tags.precondition(ifMatch), input, actor()));
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<ArticleView> patch(String idOrSlug, IfMatch ifMatch, String patch) throws JsonProcessingException {
        return VersionedResponses.ok(editing.patch(idOrSlug, tags.precondition(ifMatch), mergePatch.changes(patch, ArticleInput.class), actor()));
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<Void> delete(String idOrSlug, IfMatch ifMatch) {
        editing.delete(idOrSlug, tags.precondition(ifMatch), actor());
        return RestResponse.noContent();
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<ArticleView> publish(String id, IfMatch ifMatch) {
        return VersionedResponses.ok(editing.publish(id, tags.precondition(ifMatch), actor()));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<ArticleView> schedule(String id, IfMatch ifMatch, ScheduleRequest request) {
        return VersionedResponses.ok(editing.schedule(id, tags.precondition(ifMatch), request.publishAt(), actor()));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<ArticleView> unpublish(String id, IfMatch ifMatch) {
        return VersionedResponses.ok(editing.unpublish(id, tags.precondition(ifMatch), actor()));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<ArticleView> archive(String id, IfMatch ifMatch) {
        return VersionedResponses.ok(editing.archive(id, tags.precondition(ifMatch), actor()));
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<ListEnvelope<RevisionView>> revisions(String idOrSlug, PageParams paging, UriInfo uri) {
        return RestResponse.ResponseBuilder.ok(ListEnvelope.of(editing.revisions(idOrSlug, paging.pageRequest(), actor()), uri))
                .header("Cache-Control", NO_STORE).build();
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<RevisionView> revision(String idOrSlug, int number) {
        return RestResponse.ResponseBuilder.ok(editing.revision(idOrSlug, number, actor()))
                .header("Cache-Control", NO_STORE).build();
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<ArticleView> restore(String idOrSlug, int number, IfMatch ifMatch) {
        return VersionedResponses.ok(editing.restore(idOrSlug, number, tags.precondition(ifMatch), actor()));
    }

    private Actor actor() {
        return Callers.of(identity);
    }
}
