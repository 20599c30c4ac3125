package news.byline.article.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.UriInfo;
import news.byline.article.ArticleView;
import news.byline.key.Role;
import news.byline.web.IfMatch;
import news.byline.web.ListEnvelope;
import news.byline.web.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

/** Writing articles and moving them through the workflow; reading published ones is {@code ArticleResource}. */
public class ArticleEditingResource implements ArticleEditingApi {
    private static final String NO_STORE = "private, no-store";

    private final ArticleEditingService editing;
    private final SecurityIdentity identity;

    public ArticleEditingResource(ArticleEditingService editing, SecurityIdentity identity) {
        this.editing = editing;
        this.identity = identity;
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<ArticleView> create(ArticleInput input, UriInfo uri) {
        ArticleView created = editing.create(input, Actor.of(identity));
        return RestResponse.ResponseBuilder.<ArticleView>created(
                uri.getAbsolutePathBuilder().path(created.summary().id().toString()).build()).entity(created).build();
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public ArticleView replace(String idOrSlug, IfMatch ifMatch, ArticleInput input) {
        return editing.replace(idOrSlug, ifMatch.value, input, Actor.of(identity));
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public ArticleView patch(String idOrSlug, IfMatch ifMatch, String patch) throws JsonProcessingException {
        return editing.patch(idOrSlug, ifMatch.value, patch, Actor.of(identity));
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<Void> delete(String idOrSlug, IfMatch ifMatch) {
        editing.delete(idOrSlug, ifMatch.value, Actor.of(identity));
        return RestResponse.noContent();
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public ArticleView publish(String id, IfMatch ifMatch) {
        return editing.publish(id, ifMatch.value, Actor.of(identity));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public ArticleView schedule(String id, IfMatch ifMatch, ScheduleRequest request) {
        return editing.schedule(id, ifMatch.value, request.publishAt(), Actor.of(identity));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public ArticleView unpublish(String id, IfMatch ifMatch) {
        return editing.unpublish(id, ifMatch.value, Actor.of(identity));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public ArticleView archive(String id, IfMatch ifMatch) {
        return editing.archive(id, ifMatch.value, Actor.of(identity));
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<ListEnvelope<RevisionView>> revisions(String idOrSlug, PageParams paging, UriInfo uri) {
        return RestResponse.ResponseBuilder.ok(ListEnvelope.of(editing.revisions(idOrSlug, paging.pageRequest(), Actor.of(identity)), uri))
                .header("Cache-Control", NO_STORE).build();
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<RevisionView> revision(String idOrSlug, int number) {
        return RestResponse.ResponseBuilder.ok(editing.revision(idOrSlug, number, Actor.of(identity)))
                .header("Cache-Control", NO_STORE).build();
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public ArticleView restore(String idOrSlug, int number, IfMatch ifMatch) {
        return editing.restore(idOrSlug, number, ifMatch.value, Actor.of(identity));
    }
}
