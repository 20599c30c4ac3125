package news.byline.collection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.byline.article.ArticleSummary;
import news.byline.image.ImageView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Collection", description = "A curated, ordered list of stories and promos.",
        example = CollectionView.EXAMPLE)
public record CollectionView(
        @Schema(description = "Collection id.", example = "e4eaaaf2-d142-31c4-9b3f-0b0b2b0f6c55") UUID id,
        @Schema(description = "Human identifier.", example = "elsewhere-on-the-bbc") String slug,
        @Schema(description = "Title to show.", example = "Elsewhere on the BBC") String title,
        @Schema(nullable = true, description = "What the collection is for.", example = "Programmes and podcasts from across the BBC") String description,
        @Schema(description = "Where a front page shows it among the collections, lower first.", example = "2") int position,
        @Schema(description = "Last change.", example = "2024-04-12T09:31:00Z") Instant updatedAt,
        @Schema(description = "Items in order.") List<Item> items) {

    static final String EXAMPLE = """
            {"id":"e4eaaaf2-d142-31c4-9b3f-0b0b2b0f6c55","slug":"elsewhere-on-the-bbc","title":"Elsewhere on the BBC",\
            "position":2,"updatedAt":"2024-04-12T09:31:00Z","items":[{"kind":"promo","attribution":"iPlayer",\
            "promo":{"title":"On the trip of a lifetime, which pair will finish first?",\
            "summary":"Five teams of intrepid Brits battle it out in a breath-taking 15,000 kilometre race",\
            "url":"https://www.bbc.co.uk/iplayer/episodes/race-across-the-world"}}]}""";

    @Schema(name = "CollectionItem", description = "A story of ours (kind article) or a promo for something elsewhere (kind promo).",
            example = "{\"kind\":\"promo\",\"attribution\":\"Sounds\",\"promo\":{\"title\":\"Reporting on the OJ Simpson car chase\",\"summary\":\"Former LA crime reporter, David Goldstein, recalls the most 'surreal' day of his career\",\"url\":\"https://www.bbc.co.uk/sounds/play/w3ct5d9g\"}}")
    public record Item(
            @Schema(description = "article or promo.", enumeration = {"article", "promo"}, example = "promo") String kind,
            @Schema(nullable = true, description = "Where the item comes from, as a label.", example = "Sounds") String attribution,
            @Schema(nullable = true, description = "The story, for kind article.") ArticleSummary article,
            @Schema(nullable = true, description = "The promo, for kind promo.") Promo promo) {
    }

    @Schema(name = "Promo", description = "A teaser for something outside Byline's articles.",
            example = "{\"title\":\"Focus on Africa podcast\",\"url\":\"https://www.bbc.co.uk/sounds/brand/p02nrtyw\"}")
    public record Promo(
            @Schema(description = "Title.", example = "Focus on Africa podcast") String title,
            @Schema(nullable = true, description = "Short text.", example = "Get the news from across Africa") String summary,
            @Schema(description = "Destination.", example = "https://www.bbc.co.uk/sounds/brand/p02nrtyw") String url,
            @Schema(nullable = true, description = "Image, if any.") ImageView image) {
    }
}
