package news.byline.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a webhook delivery. */
@Schema(name = "WebhookPayload", description = "What Byline POSTs to a webhook endpoint. Headers: Byline-Delivery (the deliveryId, "
        + "the same on every retry: de-duplicate by it), Byline-Event (the type), Byline-Timestamp (Unix seconds) and "
        + "Byline-Signature (v1= and the hex HMAC-SHA256 of timestamp.body under the endpoint's secret).",
        example = "{\"deliveryId\":\"5b0c3f6e-2f1a-4a53-9d5e-0d8f6a1b2c3d\",\"event\":{\"token\":\"c-42\",\"type\":\"article.published\","
                + "\"kind\":\"article\",\"change\":\"upsert\",\"id\":\"0f8b6f5e-6a34-3c4e-9a59-2f6f3c1f5b11\",\"slug\":\"russian-troops-arrive-in-niger\","
                + "\"time\":\"2024-04-12T09:31:00Z\",\"actor\":\"8a1d2c3b-4e5f-4a6b-9c8d-7e6f5a4b3c2d\",\"keys\":[\"0f8b6f5e-6a34-3c4e-9a59-2f6f3c1f5b11\",\"articles\"],"
                + "\"content\":{\"headline\":\"Russian troops arrive in Niger as military agreement begins\"}}}")
public record WebhookPayload(
        @Schema(description = "Identifies this event's delivery to this endpoint; the same on every retry.",
                example = "5b0c3f6e-2f1a-4a53-9d5e-0d8f6a1b2c3d") UUID deliveryId,
        @Schema(description = "The event.") Event event) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WebhookEvent", requiredProperties = {"type", "time"}, description = "A content event as the change feed shows it, plus who made it and the surrogate "
            + "keys it makes stale (purge them at a CDN). A ping has only type and time.",
            example = "{\"token\":\"c-42\",\"type\":\"article.unpublished\",\"kind\":\"article\",\"change\":\"tombstone\","
                    + "\"id\":\"0f8b6f5e-6a34-3c4e-9a59-2f6f3c1f5b11\",\"slug\":\"russian-troops-arrive-in-niger\",\"time\":\"2024-04-12T09:31:00Z\","
                    + "\"keys\":[\"0f8b6f5e-6a34-3c4e-9a59-2f6f3c1f5b11\",\"articles\"]}")
    public record Event(
            @Schema(description = "The change-feed token of this event.", example = "c-42") String token,
            @Schema(description = "article.published, article.updated, article.unpublished, article.archived, article.deleted, "
                    + "{section|topic|author|image|collection}.{created|updated|deleted}, image.unpublished, or ping.", example = "article.published") String type,
            @Schema(description = "The kind of entity.", example = "article") String kind,
            @Schema(description = "upsert or tombstone.", enumeration = {"upsert", "tombstone"}, example = "upsert") String change,
            @Schema(description = "The entity's id.", example = "0f8b6f5e-6a34-3c4e-9a59-2f6f3c1f5b11") UUID id,
            @Schema(description = "The entity's slug (a section's path).", example = "russian-troops-arrive-in-niger") String slug,
            @Schema(description = "When the change was made.", example = "2024-04-12T09:31:00Z") Instant time,
            @Schema(description = "The id of the API key that made it; system for scheduled publication and sample content.",
                    example = "8a1d2c3b-4e5f-4a6b-9c8d-7e6f5a4b3c2d") String actor,
            @Schema(description = "Surrogate keys the change makes stale.", example = "[\"articles\"]") List<String> keys,
            @JsonRawValue
            @Schema(description = "The entity as its public lists show it; absent on a tombstone.", type = SchemaType.OBJECT,
                    example = "{\"headline\":\"Russian troops arrive in Niger as military agreement begins\"}") String content) {
    }
}
