package news.byline.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.UriInfo;
import news.byline.key.Role;
import news.byline.web.IfMatch;
import news.byline.web.ListEnvelope;
import news.byline.web.PageParams;
import news.byline.web.PreviewParam;
import org.jboss.resteasy.reactive.RestResponse;

public class CollectionResource implements CollectionsApi {
    private final CollectionService collections;
    private final SecurityIdentity identity;

    public CollectionResource(CollectionService collections, SecurityIdentity identity) {
        this.collections = collections;
        this.identity = identity;
    }

    @Override
    public ListEnvelope<CollectionSummary> list(PageParams paging, UriInfo uri) {
        return ListEnvelope.of(collections.list(paging.pageRequest()), uri);
    }

    @Override
    public RestResponse<CollectionView> get(String slug, String preview) {
        if (PreviewParam.requested(preview)) {
            return RestResponse.ResponseBuilder.ok(collections.preview(slug, identity))
                    .header("Cache-Control", PreviewParam.CACHE_CONTROL).build();
        }
        return RestResponse.ok(collections.find(slug));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<CollectionView> create(CollectionInput input, UriInfo uri) {
        CollectionView created = collections.create(input);
        return RestResponse.ResponseBuilder.<CollectionView>created(
                uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public CollectionView replace(String slug, IfMatch ifMatch, CollectionInput input) {
        return collections.replace(slug, ifMatch.value, input);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public CollectionView patch(String slug, IfMatch ifMatch, String patch) throws JsonProcessingException {
        return collections.patch(slug, ifMatch.value, patch);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<Void> delete(String slug, IfMatch ifMatch) {
        collections.delete(slug, ifMatch.value);
        return RestResponse.noContent();
    }
}
