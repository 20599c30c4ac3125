package news.byline.webhook;

import java.time.Instant;
import java.util.UUID;
import news.byline.event.ChangeTokens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attempt in an endpoint's delivery log. */
@Schema(name = "WebhookDelivery", description = "One attempt to deliver an event (or a ping) to an endpoint.",
        example = "{\"id\":\"2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b\",\"deliveryId\":\"5b0c3f6e-2f1a-4a53-9d5e-0d8f6a1b2c3d\","
                + "\"eventToken\":\"c-42\",\"eventType\":\"article.published\",\"attempt\":1,\"attemptedAt\":\"2024-04-12T09:31:01Z\","
                + "\"status\":200,\"latencyMs\":84,\"succeeded\":true}")
public record DeliveryView(
        @Schema(description = "This attempt; replay it by this id.", example = "2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b") UUID id,
        @Schema(description = "The Byline-Delivery header sent: the same for every attempt at one event.",
                example = "5b0c3f6e-2f1a-4a53-9d5e-0d8f6a1b2c3d") UUID deliveryId,
        @Schema(nullable = true, description = "The change-feed token of the event; null for a ping.", example = "c-42") String eventToken,
        @Schema(description = "The event type, or ping.", example = "article.published") String eventType,
        @Schema(description = "Which attempt at this event.", example = "1") int attempt,
        @Schema(description = "When it was made.", example = "2024-04-12T09:31:01Z") Instant attemptedAt,
        @Schema(nullable = true, description = "The receiver's status; null when it did not answer (timeout, refused, unreachable).", example = "200") Integer status,
        @Schema(description = "How long it took.", example = "84") int latencyMs,
        @Schema(description = "True for a 2xx answer.", example = "true") boolean succeeded,
        @Schema(nullable = true, description = "What went wrong: status and the start of the answer, or the connection error.",
                example = "HTTP 503: busy") String error) {

    static DeliveryView of(WebhookDelivery delivery) {
        return new DeliveryView(delivery.id, delivery.deliveryId,
                delivery.eventPosition == null ? null : ChangeTokens.encode(delivery.eventPosition), delivery.eventType,
                delivery.attempt, delivery.attemptedAt, delivery.statusCode, delivery.latencyMs, delivery.succeeded, delivery.error);
    }
}
