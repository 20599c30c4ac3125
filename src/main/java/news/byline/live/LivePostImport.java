package news.byline.live;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A live post as an import line carries it: its page (slug or id), the post, and when it was published. */
@Schema(name = "LivePostImport", description = "A live-post line of an import: the page, the post as written, and its publication time.")
public record LivePostImport(
        @NotBlank @Schema(description = "The live page's slug or id.", example = "africa-live-updates-on-this-and-other-stories") String page,
        @NotNull @Valid @Schema(description = "The post.") LivePostInput post,
        @Schema(nullable = true, description = "When a published post was published; now when absent.", example = "2024-04-12T09:31:00Z")
        Instant publishedAt) {
}
