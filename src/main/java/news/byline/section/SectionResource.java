package news.byline.section;

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

public class SectionResource implements SectionsApi {
    private final SectionService sections;
    private final SecurityIdentity identity;
    private final EntityTags tags;
    private final MergePatch mergePatch;

    public SectionResource(SectionService sections, SecurityIdentity identity, EntityTags tags, MergePatch mergePatch) {
        this.sections = sections;
        this.identity = identity;
        this.tags = tags;
        this.mergePatch = mergePatch;
    }

    @Override
    public ListEnvelope<SectionView> list(PageParams paging, UriInfo uri) {
        return ListEnvelope.of(sections.list(paging.pageRequest()), uri);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<SectionView> create(SectionInput input, UriInfo uri) {
        Versioned<SectionView> created = sections.create(input);
        return VersionedResponses.created(uri.getAbsolutePathBuilder().path(created.value().path()).build(), created);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<SectionView> replace(String path, IfMatch ifMatch, SectionInput input) {
        return VersionedResponses.ok(sections.replace(path, tags.precondition(ifMatch), input));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<SectionView> patch(String path, IfMatch ifMatch, String patch) throws JsonProcessingException {
        return VersionedResponses.ok(sections.patch(path, tags.precondition(ifMatch), mergePatch.changes(patch, SectionInput.class)));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<Void> delete(String path, IfMatch ifMatch) {
        sections.delete(path, tags.precondition(ifMatch));
        return RestResponse.noContent();
    }

    @Override
    public RestResponse<SectionView> get(String path, String preview) {
        if (PreviewParam.requested(preview)) {
            return VersionedResponses.preview(sections.preview(path, Callers.of(identity)));
        }
        return RestResponse.ok(sections.find(path));
    }
}
