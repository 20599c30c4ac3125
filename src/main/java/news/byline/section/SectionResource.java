package news.byline.section;

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

public class SectionResource implements SectionsApi {
    private final SectionService sections;
    private final SecurityIdentity identity;

    public SectionResource(SectionService sections, SecurityIdentity identity) {
        this.sections = sections;
        this.identity = identity;
    }

    @Override
    public ListEnvelope<SectionView> list(PageParams paging, UriInfo uri) {
        return ListEnvelope.of(sections.list(paging.pageRequest()), uri);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<SectionView> create(SectionInput input, UriInfo uri) {
        SectionView created = sections.create(input);
        return RestResponse.ResponseBuilder.<SectionView>created(
                uri.getAbsolutePathBuilder().path(created.path()).build()).entity(created).build();
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public SectionView replace(String path, IfMatch ifMatch, SectionInput input) {
        return sections.replace(path, ifMatch.value, input);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public SectionView patch(String path, IfMatch ifMatch, String patch) throws JsonProcessingException {
        return sections.patch(path, ifMatch.value, patch);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<Void> delete(String path, IfMatch ifMatch) {
        sections.delete(path, ifMatch.value);
        return RestResponse.noContent();
    }

    @Override
    public RestResponse<SectionView> get(String path, String preview) {
        if (PreviewParam.requested(preview)) {
            return RestResponse.ResponseBuilder.ok(sections.preview(path, identity)).header("Cache-Control", PreviewParam.CACHE_CONTROL).build();
        }
        return RestResponse.ok(sections.find(path));
    }
}
