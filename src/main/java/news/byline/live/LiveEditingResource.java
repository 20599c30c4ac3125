package news.byline.live;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import news.byline.domain.Actor;
import news.byline.domain.Versioned;
import news.byline.key.Callers;
import news.byline.key.Role;
import news.byline.web.conditional.EntityTags;
import news.byline.web.conditional.IfMatch;
import news.byline.web.conditional.PrivateAnswers;
import news.byline.web.conditional.VersionedResponses;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.PageParams;
import news.byline.web.problem.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

/** Posting to live pages and setting their coverage; reading them is {@code LiveResource}. */
public class LiveEditingResource implements LiveEditingApi {
    private final LivePostService posts;
    private final LivePageService pages;
    private final SecurityIdentity identity;
    private final EntityTags tags;

    public LiveEditingResource(LivePostService posts, LivePageService pages, SecurityIdentity identity, EntityTags tags) {
        this.posts = posts;
        this.pages = pages;
        this.identity = identity;
        this.tags = tags;
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<LivePageState> setCoverage(String idOrSlug, IfMatch ifMatch, LivePageInput input) {
        return VersionedResponses.ok(pages.update(idOrSlug, tags.precondition(ifMatch), input, actor()));
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<LivePostView> create(String idOrSlug, LivePostInput input, UriInfo uri) {
        Versioned<LivePostView> created = posts.create(idOrSlug, input, actor());
        return VersionedResponses.created(uri.getAbsolutePathBuilder().path(created.value().id().toString()).build(), created);
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<LivePostView> replace(String idOrSlug, String postId, IfMatch ifMatch, LivePostInput input) {
        return VersionedResponses.ok(posts.replace(idOrSlug, postId(postId), tags.precondition(ifMatch), input, actor()));
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<ListEnvelope<LivePostRevisionView>> revisions(String idOrSlug, String postId, PageParams paging, UriInfo uri) {
        return PrivateAnswers.ok(ListEnvelope.of(posts.revisions(idOrSlug, postId(postId), paging.pageRequest(), actor()), uri));
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<Void> delete(String idOrSlug, String postId, IfMatch ifMatch) {
        posts.delete(idOrSlug, postId(postId), tags.precondition(ifMatch), actor());
        return RestResponse.noContent();
    }

    private static UUID postId(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("live post", raw);
        }
    }

    private Actor actor() {
        return Callers.of(identity);
    }
}
