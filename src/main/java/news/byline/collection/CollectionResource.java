package news.byline.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.UriInfo;
import news.byline.key.Role;
import news.byline.web.IfMatch;
import news.byline.web.ListEnvelope;
import news.byline.web.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

public class CollectionResource implements CollectionsApi {
    private final CollectionService collections;

    public CollectionResource(CollectionService collections) {
        this.collections = collections;
    }

    @Override
    public ListEnvelope<CollectionSummary> list(PageParams paging, UriInfo uri) {
        return ListEnvelope.of(collections.list(paging.pageRequest()), uri);
    }

    @Override
    public CollectionView get(String slug) {
        return collections.find(slug);
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
