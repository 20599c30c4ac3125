package news.byline.popularity;

import news.byline.article.ArticleSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MostReadItem", description = "A ranked story with its views in the window.",
        example = "{\"rank\":1,\"views\":9800,\"article\":{\"id\":\"a3bb189e-8bf9-3888-9912-ace4e6543002\",\"slug\":\"jon-richardson-and-lucy-beaumont-to-divorce\",\"type\":\"story\",\"headline\":\"Jon Richardson and Lucy Beaumont to divorce\",\"summary\":\"The comedians say they will remain friends.\",\"topics\":[],\"publishedAt\":\"2024-04-12T09:31:00Z\",\"updatedAt\":\"2024-04-12T09:31:00Z\",\"urls\":{\"canonical\":\"https://www.byline.example/articles/jon-richardson-and-lucy-beaumont-to-divorce\",\"share\":\"https://www.byline.example/articles/jon-richardson-and-lucy-beaumont-to-divorce\"}}}")
public record MostReadItem(
        @Schema(description = "Position, from 1.", example = "1") int rank,
        @Schema(description = "Views counted in the window.", example = "9800") long views,
        @Schema(description = "The story.") ArticleSummary article) {
}
