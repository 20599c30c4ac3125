package news.byline.key;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key as listed: never the secret, only its first characters. */
@Schema(name = "ApiKey", description = "An API key; the secret itself is only shown once, at creation.",
        example = "{\"id\":\"3f0b8c1e-2a4d-4e6f-8a9b-0c1d2e3f4a5b\",\"name\":\"Newsroom CMS\",\"role\":\"editor\",\"prefix\":\"byl_Xk3d9Q\",\"createdAt\":\"2024-04-12T09:31:00Z\"}")
public record ApiKeyView(
        @Schema(description = "Key id.", example = "3f0b8c1e-2a4d-4e6f-8a9b-0c1d2e3f4a5b") UUID id,
        @Schema(description = "What the key is for.", example = "Newsroom CMS") String name,
        @Schema(description = "What the key may do.", enumeration = {"delivery", "contributor", "editor", "admin"}, example = "editor") String role,
        @Schema(description = "First characters of the secret.", example = "byl_Xk3d9Q") String prefix,
        @Schema(description = "When the key was made.", example = "2024-04-12T09:31:00Z") Instant createdAt,
        @Schema(nullable = true, description = "When the key was last used, to the minute.", example = "2024-04-12T10:02:00Z") Instant lastUsedAt,
        @Schema(nullable = true, description = "When the key was revoked; revoked keys no longer work.", example = "2024-05-01T08:00:00Z") Instant revokedAt) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.id, key.name, key.role.apiName(), key.prefix, key.createdAt, key.lastUsedAt, key.revokedAt);
    }
}
