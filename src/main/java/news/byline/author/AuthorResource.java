package news.byline.author;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.UriInfo;
import news.byline.key.Role;
import news.byline.web.IfMatch;
import news.byline.web.ListEnvelope;
import news.byline.web.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

public class AuthorResource implements AuthorsApi {
    private final AuthorService authors;

    public AuthorResource(AuthorService authors) {
        this.authors = authors;
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
        AuthorView created = authors.create(input);
        return RestResponse.ResponseBuilder.<AuthorView>created(
                uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public AuthorView replace(String idOrSlug, IfMatch ifMatch, AuthorInput input) {
        return authors.replace(idOrSlug, ifMatch.value, input);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public AuthorView patch(String idOrSlug, IfMatch ifMatch, String patch) throws JsonProcessingException {
        return authors.patch(idOrSlug, ifMatch.value, patch);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<Void> delete(String idOrSlug, IfMatch ifMatch) {
        authors.delete(idOrSlug, ifMatch.value);
        return RestResponse.noContent();
    }
}
