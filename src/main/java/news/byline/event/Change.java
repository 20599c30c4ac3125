package news.byline.event;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the change feed: an upsert with the entity as its lists show it, or a tombstone without content. */
@Schema(name = "Change", description = "A change to public content, in commit order. An upsert carries the entity as its "
        + "public lists show it (an article as an ArticleSummary, a topic as a Topic…); a tombstone (unpublished, archived, "
        + "deleted) carries no content: drop the entity.",
        example = "{\"token\":\"c-42\",\"type\":\"article.published\",\"kind\":\"article\",\"change\":\"upsert\","
                + "\"id\":\"0f8b6f5e-6a34-3c4e-9a59-2f6f3c1f5b11\",\"slug\":\"russian-troops-arrive-in-niger\","
                + "\"time\":\"2024-04-12T09:31:00Z\",\"content\":{\"id\":\"0f8b6f5e-6a34-3c4e-9a59-2f6f3c1f5b11\","
                + "\"headline\":\"Russian troops arrive in Niger as military agreement begins\"}}")
public record Change(
        @Schema(description = "Where this change stands in the feed: pass it as since to read what came after it.", example = "c-42") String token,
        @Schema(description = "What happened: article.published, article.updated, article.unpublished, article.archived, "
                + "article.deleted, {section|topic|author|image|collection}.{created|updated|deleted}, image.unpublished (an "
                + "image that turned private again), live-post.{published|updated|deleted} (a post of a live page; content is the "
                + "post) and live-page.{updated|ended} (a live page's key points, pinned post or coverage; content is its state).",
                example = "article.published") String type,
        @Schema(description = "The kind of entity.", enumeration = {"article", "section", "topic", "author", "image", "collection",
                "live-post", "live-page"},
                example = "article") String kind,
        @Schema(description = "upsert: store content; tombstone: the entity left public view, drop it.",
                enumeration = {"upsert", "tombstone"}, example = "upsert") String change,
        @Schema(description = "The entity's id.", example = "0f8b6f5e-6a34-3c4e-9a59-2f6f3c1f5b11") UUID id,
        @Schema(description = "The entity's slug (a section's path) at the time.", example = "russian-troops-arrive-in-niger") String slug,
        @Schema(description = "When the change was made.", example = "2024-04-12T09:31:00Z") Instant time,
        @JsonRawValue
        @Schema(nullable = true, description = "The entity as its public lists show it; null on a tombstone.", type = SchemaType.OBJECT,
                example = "{\"id\":\"0f8b6f5e-6a34-3c4e-9a59-2f6f3c1f5b11\",\"headline\":\"Russian troops arrive in Niger as military agreement begins\"}")
        String content) {

    static Change of(OutboxEvent event) {
        return new Change(ChangeTokens.encode(event.position), event.type, event.kind,
                event.content == null ? "tombstone" : "upsert", event.entityId, event.slug, event.occurredAt, event.content);
    }
}
