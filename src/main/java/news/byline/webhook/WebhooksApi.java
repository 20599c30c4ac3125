package news.byline.webhook;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import news.byline.key.Role;
import news.byline.web.openapi.ApiDocumentation;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The HTTP contract of {@link WebhookResource}: routes, parameters, responses and their documentation. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Admin: signed deliveries of content events to your endpoints, with retries and a log")
@SecurityRequirement(name = ApiDocumentation.API_KEY)
public interface WebhooksApi {
    String ID_EXAMPLE = "7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a";

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.ADMIN_NAME)
    @Operation(operationId = "createWebhook", summary = "Register a webhook endpoint",
            description = "Admin only. The endpoint receives the events of the chosen types from now on, each as a signed POST "
                    + "(see the WebhookPayload schema and the webhooks section), in order, retried with backoff. The answer "
                    + "carries the secret, which is never shown again.")
    @APIResponse(responseCode = "201", description = "Registered; the secret is in `secret`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    RestResponse<WebhookView> create(
            @RequestBody(description = "The endpoint.", required = true,
                    content = @Content(examples = @ExampleObject(name = "site rebuild", value = WebhookInput.EXAMPLE)))
            @Valid @NotNull WebhookInput input, @Context UriInfo uri);

    @GET
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.ADMIN_NAME)
    @Operation(operationId = "listWebhooks", summary = "List webhook endpoints", description = "Admin only. Oldest first, without secrets.")
    RestResponse<ListEnvelope<WebhookView>> list(@BeanParam PageParams paging, @Context UriInfo uri);

    @GET
    @Path("{id}")
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.ADMIN_NAME)
    @Operation(operationId = "getWebhook", summary = "Get a webhook endpoint", description = "Admin only. Where its delivery stands.")
    RestResponse<WebhookView> get(@PathParam("id") @Parameter(description = "Endpoint id.", example = ID_EXAMPLE) UUID id);

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.ADMIN_NAME)
    @Operation(operationId = "replaceWebhook", summary = "Replace a webhook endpoint",
            description = "Admin only. enabled=false pauses it (events wait, none is lost); enabled=true resumes it, also after it "
                    + "was marked failing. Without a secret the current one is kept.")
    RestResponse<WebhookView> replace(
            @PathParam("id") @Parameter(description = "Endpoint id.", example = ID_EXAMPLE) UUID id,
            @RequestBody(description = "The endpoint as it should be (see WebhookInput's example).", required = true)
            @Valid @NotNull WebhookInput input);

    @DELETE
    @Path("{id}")
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.ADMIN_NAME)
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook endpoint", description = "Admin only. With its delivery log.")
    @APIResponse(responseCode = "204", description = "Deleted")
    RestResponse<Void> delete(@PathParam("id") @Parameter(description = "Endpoint id.", example = ID_EXAMPLE) UUID id);

    @POST
    @Path("{id}/ping")
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.ADMIN_NAME)
    @Operation(operationId = "pingWebhook", summary = "Send a test ping",
            description = "Admin only. POSTs a signed ping event now and answers how the receiver took it (also logged).")
    RestResponse<DeliveryView> ping(@PathParam("id") @Parameter(description = "Endpoint id.", example = ID_EXAMPLE) UUID id);

    @GET
    @Path("{id}/deliveries")
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.ADMIN_NAME)
    @Operation(operationId = "listWebhookDeliveries", summary = "List an endpoint's deliveries",
            description = "Admin only. Every attempt, newest first: event, status, latency and what went wrong.")
    RestResponse<ListEnvelope<DeliveryView>> deliveries(
            @PathParam("id") @Parameter(description = "Endpoint id.", example = ID_EXAMPLE) UUID id,
            @BeanParam PageParams paging, @Context UriInfo uri);

    @POST
    @Path("{id}/deliveries/{deliveryId}/replay")
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.ADMIN_NAME)
    @Operation(operationId = "replayWebhookDelivery", summary = "Replay a delivery",
            description = "Admin only. Sends the logged attempt's event again now, with the same Byline-Delivery id, and answers "
                    + "how the receiver took it. Does not change where ordered delivery stands.")
    RestResponse<DeliveryView> replay(
            @PathParam("id") @Parameter(description = "Endpoint id.", example = ID_EXAMPLE) UUID id,
            @PathParam("deliveryId") @Parameter(description = "The logged attempt's id.", example = "2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b")
            UUID deliveryId);
}
