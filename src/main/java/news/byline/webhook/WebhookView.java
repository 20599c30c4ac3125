package news.byline.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.byline.event.ChangeTokens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint as admins read it: never its secret, except once when it is created. */
@Schema(name = "Webhook", description = "A webhook endpoint and where its delivery stands. The secret is null except in the answer "
        + "to the registration.",
        example = "{\"id\":\"7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a\",\"url\":\"https://hooks.example.com/byline\",\"events\":[\"article.*\"],"
                + "\"enabled\":true,\"failing\":false,\"deliveredToken\":\"c-42\",\"attempts\":0,"
                + "\"createdAt\":\"2024-04-12T09:31:00Z\",\"updatedAt\":\"2024-04-12T09:31:00Z\"}")
public record WebhookView(
        @Schema(description = "Endpoint id.", example = "7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a") UUID id,
        @Schema(description = "Where events are POSTed.", example = "https://hooks.example.com/byline") String url,
        @Schema(description = "Event types delivered.", example = "[\"article.*\"]") List<String> events,
        @Schema(nullable = true, description = "What it is for.", example = "Rebuilds the static site") String description,
        @Schema(description = "Whether events are delivered.", example = "true") boolean enabled,
        @Schema(description = "True when an event kept failing for the whole retry window: delivery waits for an update.",
                example = "false") boolean failing,
        @Schema(nullable = true, description = "Since when attempts have been failing.", example = "2024-04-12T09:31:00Z") Instant failingSince,
        @Schema(description = "The change-feed token of the last event delivered (or passed over).", example = "c-42") String deliveredToken,
        @Schema(description = "Failed attempts at the next event.", example = "0") int attempts,
        @Schema(nullable = true, description = "When the next attempt is due, after a failure.", example = "2024-04-12T09:31:05Z") Instant nextAttemptAt,
        @Schema(nullable = true, description = "The signing secret: in the answer to the registration only, null elsewhere.", example = "whsec-3c1f0b9e6d2a4f7b8e5c") String secret,
        @Schema(description = "When it was registered.", example = "2024-04-12T09:31:00Z") Instant createdAt,
        @Schema(description = "When it was last changed by an admin.", example = "2024-04-12T09:31:00Z") Instant updatedAt) {

    static WebhookView of(Webhook webhook) {
        return new WebhookView(webhook.id, webhook.url, webhook.types(), webhook.description, webhook.enabled, webhook.failing,
                webhook.failingSince, ChangeTokens.encode(webhook.deliveredPosition), webhook.attempts, webhook.nextAttemptAt, null,
                webhook.createdAt, webhook.updatedAt);
    }

    WebhookView withSecret(String secret) {
        return new WebhookView(id, url, events, description, enabled, failing, failingSince, deliveredToken, attempts,
                nextAttemptAt, secret, createdAt, updatedAt);
    }
}
