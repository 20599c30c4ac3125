package news.byline.key;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to creating a key: the only time the secret is ever shown. */
@Schema(name = "CreatedApiKey", description = "A new key with its secret, shown this once: store it now.",
        example = "{\"id\":\"3f0b8c1e-2a4d-4e6f-8a9b-0c1d2e3f4a5b\",\"name\":\"Newsroom CMS\",\"role\":\"editor\",\"prefix\":\"byl_Xk3d9Q\",\"createdAt\":\"2024-04-12T09:31:00Z\",\"key\":\"byl_Xk3d9QqZ0v7mJ2bYwE4sR8tL1nC6uH5gF3aD9kP0oI2\"}")
public record CreatedApiKey(
        @Schema(description = "Key id.", example = "3f0b8c1e-2a4d-4e6f-8a9b-0c1d2e3f4a5b") UUID id,
        @Schema(description = "What the key is for.", example = "Newsroom CMS") String name,
        @Schema(description = "What the key may do.", example = "editor") String role,
        @Schema(description = "First characters of the secret.", example = "byl_Xk3d9Q") String prefix,
        @Schema(description = "When the key was made.", example = "2024-04-12T09:31:00Z") Instant createdAt,
        @Schema(description = "The secret, to send as Authorization: Bearer <key>. Shown only now.", example = "byl_Xk3d9QqZ0v7mJ2bYwE4sR8tL1nC6uH5gF3aD9kP0oI2") String key) {
}
