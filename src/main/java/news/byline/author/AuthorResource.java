package news.byline.author;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.UriInfo;
import news.byline.domain.Versioned;
import news.byline.key.Role;
import news.byline.web.conditional.EntityTags;
import news.byline.web.conditional.IfMatch;
import news.byline.web.conditional.VersionedResponses;
import news.byline.web.json.MergePatch;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

public class AuthorResource implements AuthorsApi {
    private final AuthorService authors;
    private final EntityTags tags;
    private final MergePatch mergePatch;

    public AuthorResource(AuthorService authors, EntityTags tags, MergePatch mergePatch) {
        this.authors = authors;
        this.tags = tags;
        this.mergePatch = mergePatch;
    }

    @Override
    public ListEnvelope<AuthorView> list(PageParams paging, UriInfo uri) {
        return ListEnvelope.of(authors.list(paging.pageRequest()), uri);
    }

    @Override
    public AuthorView get(String idOrSlug) {
        return authors.find(idOrSlug);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<AuthorView> create(AuthorInput input, UriInfo uri) {
        Versioned<AuthorView> created = authors.create(input);
        return VersionedResponses.created(uri.getAbsolutePathBuilder().path(created.value().slug()).build(), created);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<AuthorView> replace(String idOrSlug, IfMatch ifMatch, AuthorInput input) {
        return VersionedResponses.ok(authors.replace(idOrSlug, tags.precondition(ifMatch), input));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<AuthorView> patch(String idOrSlug, IfMatch ifMatch, String patch) throws JsonProcessingException {
        return VersionedResponses.ok(authors.patch(idOrSlug, tags.precondition(ifMatch), mergePatch.changes(patch, AuthorInput.class)));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<Void> delete(String idOrSlug, IfMatch ifMatch) {
        authors.delete(idOrSlug, tags.precondition(ifMatch));
        return RestResponse.noContent();
    }
}
