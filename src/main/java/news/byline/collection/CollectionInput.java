package news.byline.collection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import news.byline.content.Slugs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A curated list as an editor writes it: the items in the order to show them. */
@Schema(name = "CollectionInput", description = "A collection; sending the items in a new order reorders it.",
        example = CollectionInput.EXAMPLE)
public record CollectionInput(
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 160)
        @Schema(description = "Human identifier; made from the title when absent.", example = "editors-picks", maxLength = 160) String slug,
        @NotBlank @Size(max = 200)
        @Schema(description = "Title to show.", example = "Editor's picks", maxLength = 200) String title,
        @Size(max = 1000)
        @Schema(description = "What the collection is for.", example = "Stories our editors recommend", maxLength = 1000) String description,
        @NotNull @Size(max = 100)
        @Schema(description = "Items in order.") List<@Valid @NotNull Item> items,
        @Min(0) @Max(10_000)
        @Schema(description = "Where a front page shows it among the collections, lower first; 0 when absent.", example = "0",
                minimum = "0", maximum = "10000") Integer position) {

    public static final String EXAMPLE = """
            {"slug":"editors-picks","title":"Editor's picks","description":"Stories our editors recommend",\
            "items":[{"article":"russian-troops-arrive-in-niger-as-military-agreement-begins"},\
            {"promo":{"title":"Focus on Africa podcast","summary":"Get the news from across Africa","url":"https://www.bbc.co.uk/sounds"},\
            "attribution":"Sounds"}],"position":4}""";
    public static final String REPLACE_EXAMPLE = """
            {"slug":"top-stories","title":"Top Stories","description":"The most important stories right now",\
            "items":[{"article":"angela-rayner-i-will-step-down-if-i-committed-criminal-offence"},\
            {"article":"ex-post-office-boss-regrets-subbies-with-their-hand-in-the-till-email"},\
            {"article":"scientists-discover-cause-of-brightest-ever-burst-of-light"}],"position":0}""";

    @Schema(name = "CollectionItemInput", description = "Either an article (by slug) or a promo, never both.",
            example = "{\"article\":\"russian-troops-arrive-in-niger-as-military-agreement-begins\"}")
    public record Item(
            @Schema(description = "Slug of one of our articles.", example = "russian-troops-arrive-in-niger-as-military-agreement-begins") String article,
            @Valid @Schema(description = "A promo for something elsewhere.") PromoInput promo,
            @Size(max = 100) @Schema(description = "Label naming where the item comes from.", example = "Sounds", maxLength = 100) String attribution) {
    }

    @Schema(name = "PromoInput", description = "A teaser for something outside Byline's articles.",
            example = "{\"title\":\"Focus on Africa podcast\",\"url\":\"https://www.bbc.co.uk/sounds\"}")
    public record PromoInput(
            @NotBlank @Size(max = 300) @Schema(description = "Title.", example = "Focus on Africa podcast", maxLength = 300) String title,
            @Size(max = 1000) @Schema(description = "Short text.", example = "Get the news from across Africa", maxLength = 1000) String summary,
            @NotBlank @Size(max = 2048) @Pattern(regexp = "https?://.+", message = "must be an http(s) URL")
            @Schema(description = "Destination.", example = "https://www.bbc.co.uk/sounds") String url,
            @Schema(description = "Image to show.", example = "0bde5182-ba16-3461-853b-e457c09fbbb3") UUID imageId) {
    }

    public static CollectionInput of(CuratedList collection) {
        return new CollectionInput(collection.slug, collection.title, collection.description, collection.items.stream()
                .map(i -> i.article != null ? new Item(i.article.slug, null, i.attribution)
                        : new Item(null, new PromoInput(i.promoTitle, i.promoSummary, i.promoUrl,
                                i.promoImage == null ? null : i.promoImage.id), i.attribution))
                .toList(), collection.position);
    }
}
