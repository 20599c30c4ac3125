package news.byline.live;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import news.byline.domain.Invalid;
import news.byline.domain.PageRequest;
import news.byline.key.Callers;
import news.byline.web.conditional.PreviewParam;
import news.byline.web.conditional.VersionedResponses;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.QueryParams;
import news.byline.web.problem.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

public class LiveResource implements LiveApi {
    private final LiveService live;
    private final LivePostService posts;
    private final SecurityIdentity identity;

    public LiveResource(LiveService live, LivePostService posts, SecurityIdentity identity) {
        this.live = live;
        this.posts = posts;
        this.identity = identity;
    }

    @Override
    public RestResponse<LivePageView> page(String idOrSlug, String pageSize, UriInfo uri) {
        LivePageView page = live.page(idOrSlug, size(pageSize));
        String older = page.links().olderPosts() == null ? null
                : postsLink(uri).queryParam("cursor", page.links().olderPosts()).build().toString();
        String stream = uri.getAbsolutePathBuilder().path("stream").replaceQuery(null)
                .queryParam("lastEventId", page.links().stream()).build().toString();
        String feed = uri.getAbsolutePathBuilder().path("feed/rss").replaceQuery(null).build().toString();
        return RestResponse.ok(page.withLinks(new LivePageView.Links(older, stream, feed)));
    }

    @Override
    public RestResponse<ListEnvelope<LivePostView>> posts(String idOrSlug, String cursor, String since, String pageSize, UriInfo uri) {
        if (cursor != null && since != null) {
            throw ProblemException.invalidParameter("since", "not with cursor: one goes back, the other forward");
        }
        int size = size(pageSize);
        LiveService.PostPage page;
        try {
            page = live.posts(idOrSlug, postId("cursor", cursor), postId("since", since), size);
        } catch (Invalid anchor) { // a post id the page does not have: a wrong parameter, as a foreign cursor is
            throw ProblemException.invalidParameter(anchor.field(), anchor.reason());
        }
        List<LivePostView> items = page.items();
        String next = null;
        if (page.more()) {
            String last = items.get(items.size() - 1).id().toString();
            next = uri.getRequestUriBuilder().replaceQueryParam(since != null ? "since" : "cursor", last).build().toString();
        }
        return RestResponse.ok(new ListEnvelope<>(items, new ListEnvelope.Meta(null, null, size, null, null),
                new ListEnvelope.Links(uri.getRequestUri().toString(), next, null)));
    }

    @Override
    public RestResponse<LivePostView> post(String idOrSlug, String postId, String preview) {
        UUID id = postId("postId", postId);
        if (PreviewParam.requested(preview)) {
            return VersionedResponses.preview(posts.preview(idOrSlug, id, Callers.of(identity)));
        }
        return RestResponse.ok(live.post(idOrSlug, id));
    }

    private static jakarta.ws.rs.core.UriBuilder postsLink(UriInfo uri) {
        return uri.getAbsolutePathBuilder().path("posts").replaceQuery(null);
    }

    private static int size(String pageSize) {
        return QueryParams.intInRange("pageSize", pageSize, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
    }

    private static UUID postId(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(name, "must be a post id (a UUID)");
        }
    }
}
