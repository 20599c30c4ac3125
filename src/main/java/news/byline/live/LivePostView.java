package news.byline.live;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.byline.article.BylineView;
import news.byline.article.body.Block;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One post as readers (and, with its state, editors) see it. */
@Schema(name = "LivePost", description = "A post on a live page.", example = LivePostView.EXAMPLE,
        requiredProperties = {"id", "pageId", "title", "body", "contributors", "keyEvent", "pinned", "status", "publishedAt",
                "publishAt", "updatedAt", "url"})
public record LivePostView(
        @Schema(description = "Post id.", example = "6f1c1c1e-2b0a-4c7e-9a55-0d6f3f1e2a10") UUID id,
        @Schema(description = "The live page (article) it belongs to.", example = "9d2f7a52-8a7c-4c1e-b8a4-5b7f0c2d9e31") UUID pageId,
        @Schema(nullable = true, description = "Title, if any.", example = "Russian instructors land in Niamey") String title,
        @Schema(description = "Body blocks, resolved like an article's.") List<Block> body,
        @Schema(description = "Who wrote it.") List<BylineView.Contributor> contributors,
        @Schema(description = "A key event (in the page's timeline).", example = "true") boolean keyEvent,
        @Schema(description = "Pinned to the top of the page.", example = "false") boolean pinned,
        @Schema(description = "Workflow state; public routes only ever show published.", enumeration = {"draft", "scheduled", "published"},
                example = "published") String status,
        @Schema(nullable = true, description = "When it was published; null for a draft or scheduled post.", example = "2024-04-12T09:31:00Z") Instant publishedAt,
        @Schema(nullable = true, description = "When a scheduled post goes out.", example = "2030-04-12T18:00:00Z") Instant publishAt,
        @Schema(description = "Last change.", example = "2024-04-12T09:35:00Z") Instant updatedAt,
        @Schema(description = "Where the post is read: the live page's address with the post's fragment (#post-{id}).",
                example = "https://www.byline.example/articles/africa-live#post-6f1c1c1e-2b0a-4c7e-9a55-0d6f3f1e2a10") String url) {

    static final String EXAMPLE = """
            {"id":"6f1c1c1e-2b0a-4c7e-9a55-0d6f3f1e2a10","pageId":"9d2f7a52-8a7c-4c1e-b8a4-5b7f0c2d9e31",\
            "title":"Russian instructors land in Niamey","body":[{"type":"paragraph","content":[{"type":"text",\
            "text":"State television showed the instructors unloading a cargo plane full of equipment."}]}],\
            "contributors":[{"id":"7c9e6679-7425-30de-944b-e07fc1f90ae7","slug":"chris-ewokor","name":"Chris Ewokor",\
            "jobTitle":"Nigeria correspondent","location":null,"role":null}],"keyEvent":true,"pinned":false,"status":"published",\
            "publishedAt":"2024-04-12T09:31:00Z","publishAt":null,"updatedAt":"2024-04-12T09:31:00Z",\
            "url":"https://www.byline.example/articles/africa-live#post-6f1c1c1e-2b0a-4c7e-9a55-0d6f3f1e2a10"}""";
}
