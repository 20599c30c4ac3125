/**
 * Webhooks: endpoints that receive content events as signed POSTs. The document's webhooks section (OpenAPI
 * 3.1) describes what such an endpoint receives.
 */
@OpenAPIDefinition(info = @Info(title = "Byline API", version = "1.0.0"),
        webhooks = @PathItem(name = "contentEvent", description = "What Byline POSTs to a registered webhook endpoint.",
                operations = @PathItemOperation(method = "post", summary = "A content event",
                        description = "One event, signed: verify Byline-Signature (v1= and the hex HMAC-SHA256 of "
                                + "Byline-Timestamp + \".\" + the raw body under the endpoint's secret), then de-duplicate by "
                                + "Byline-Delivery. Answer 2xx within the timeout; anything else is retried with backoff, and the "
                                + "endpoint's later events wait, so that they arrive in order.",
                        operationId = "receiveContentEvent",
                        requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
                                schema = @Schema(implementation = WebhookPayload.class))),
                        responses = {
                                @APIResponse(responseCode = "200", description = "Taken: the next event follows"),
                                @APIResponse(responseCode = "default", description = "Not taken: retried with backoff")})))
package news.byline.webhook;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.PathItem;
import org.eclipse.microprofile.openapi.annotations.PathItemOperation;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
