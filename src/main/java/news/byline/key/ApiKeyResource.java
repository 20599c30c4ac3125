package news.byline.key;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

@RolesAllowed(Role.ADMIN_NAME)
public class ApiKeyResource implements ApiKeysApi {
    private final ApiKeyService keys;

    public ApiKeyResource(ApiKeyService keys) {
        this.keys = keys;
    }

    @Override
    public RestResponse<CreatedApiKey> create(ApiKeyInput input, UriInfo uri) {
        CreatedApiKey created = keys.create(input);
        return RestResponse.ResponseBuilder.<CreatedApiKey>created(
                uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @Override
    public RestResponse<ListEnvelope<ApiKeyView>> list(PageParams paging, UriInfo uri) {
        return RestResponse.ResponseBuilder.ok(ListEnvelope.of(keys.list(paging.pageRequest()), uri))
                .header("Cache-Control", "private, no-store").build();
    }

    @Override
    public RestResponse<Void> revoke(UUID id) {
        keys.revoke(id);
        return RestResponse.noContent();
    }
}
