package news.byline.collection;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A collection as the list of collections (and its events) show it: what it is, not what it holds. */
@Schema(name = "CollectionSummary", description = "A curated list as lists show it, without its items.",
        example = "{\"id\":\"e4eaaaf2-d142-31c4-9b3f-0b0b2b0f6c55\",\"slug\":\"elsewhere-on-the-bbc\",\"title\":\"Elsewhere on the BBC\","
                + "\"description\":\"Programmes and podcasts from across the BBC\",\"position\":2,\"updatedAt\":\"2024-04-12T09:31:00Z\"}")
public record CollectionSummary(
        @Schema(description = "Collection id.", example = "e4eaaaf2-d142-31c4-9b3f-0b0b2b0f6c55") UUID id,
        @Schema(description = "Human identifier.", example = "elsewhere-on-the-bbc") String slug,
        @Schema(description = "Title to show.", example = "Elsewhere on the BBC") String title,
        @Schema(nullable = true, description = "What the collection is for.", example = "Programmes and podcasts from across the BBC") String description,
        @Schema(description = "Where a front page shows it among the collections, lower first.", example = "2") int position,
        @Schema(description = "Last change.", example = "2024-04-12T09:31:00Z") Instant updatedAt) {

    static CollectionSummary of(CuratedList collection) {
        return new CollectionSummary(collection.id, collection.slug, collection.title, collection.description, collection.position,
                collection.updatedAt);
    }
}
