package news.byline.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import news.byline.key.Role;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

@RolesAllowed(Role.ADMIN_NAME)
public class WebhookResource implements WebhooksApi {
    private static final String NO_STORE = "private, no-store";

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    public RestResponse<WebhookView> create(WebhookInput input, UriInfo uri) {
        WebhookView created = webhooks.create(input);
        return RestResponse.ResponseBuilder.<WebhookView>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).header("Cache-Control", NO_STORE).build();
    }

    @Override
    public RestResponse<ListEnvelope<WebhookView>> list(PageParams paging, UriInfo uri) {
        return privately(ListEnvelope.of(webhooks.list(paging.pageRequest()), uri));
    }

    @Override
    public RestResponse<WebhookView> get(UUID id) {
        return privately(webhooks.find(id));
    }

    @Override
    public RestResponse<WebhookView> replace(UUID id, WebhookInput input) {
        return privately(webhooks.replace(id, input));
    }

    @Override
    public RestResponse<Void> delete(UUID id) {
        webhooks.delete(id);
        return RestResponse.noContent();
    }

    @Override
    public RestResponse<DeliveryView> ping(UUID id) {
        return privately(webhooks.ping(id));
    }

    @Override
    public RestResponse<ListEnvelope<DeliveryView>> deliveries(UUID id, PageParams paging, UriInfo uri) {
        return privately(ListEnvelope.of(webhooks.deliveries(id, paging.pageRequest()), uri));
    }

    @Override
    public RestResponse<DeliveryView> replay(UUID id, UUID deliveryId) {
        return privately(webhooks.replay(id, deliveryId));
    }

    /** Admin answers are never stored by a cache. */
    private static <T> RestResponse<T> privately(T entity) {
        return RestResponse.ResponseBuilder.ok(entity).header("Cache-Control", NO_STORE).build();
    }
}
