package news.byline.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.UriInfo;
import news.byline.domain.Versioned;
import news.byline.key.Callers;
import news.byline.key.Role;
import news.byline.web.conditional.EntityTags;
import news.byline.web.conditional.IfMatch;
import news.byline.web.conditional.PreviewParam;
import news.byline.web.conditional.VersionedResponses;
import news.byline.web.json.MergePatch;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

public class CollectionResource implements CollectionsApi {
    private final CollectionService collections;
    private final SecurityIdentity identity;
    private final EntityTags tags;
    private final MergePatch mergePatch;

    public CollectionResource(CollectionService collections, SecurityIdentity identity, EntityTags tags, MergePatch mergePatch) {
        this.collections = collections;
        this.identity = identity;
        this.tags = tags;
        this.mergePatch = mergePatch;
    }

    @Override
    public ListEnvelope<CollectionSummary> list(PageParams paging, UriInfo uri) {
        return ListEnvelope.of(collections.list(paging.pageRequest()), uri);
    }

    @Override
    public RestResponse<CollectionView> get(String slug, String preview) {
        if (PreviewParam.requested(preview)) {
            return VersionedResponses.preview(collections.preview(slug, Callers.of(identity)));
        }
        return RestResponse.ok(collections.find(slug));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<CollectionView> create(CollectionInput input, UriInfo uri) {
        Versioned<CollectionView> created = collections.create(input);
        return VersionedResponses.created(uri.getAbsolutePathBuilder().path(created.value().slug()).build(), created);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<CollectionView> replace(String slug, IfMatch ifMatch, CollectionInput input) {
        return VersionedResponses.ok(collections.replace(slug, tags.precondition(ifMatch), input));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<CollectionView> patch(String slug, IfMatch ifMatch, String patch) throws JsonProcessingException {
        return VersionedResponses.ok(collections.patch(slug, tags.precondition(ifMatch), mergePatch.changes(patch, CollectionInput.class)));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<Void> delete(String slug, IfMatch ifMatch) {
        collections.delete(slug, tags.precondition(ifMatch));
        return RestResponse.noContent();
    }
}
