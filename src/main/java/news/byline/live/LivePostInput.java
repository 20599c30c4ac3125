package news.byline.live;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import news.byline.article.body.BlockInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A live post as a contributor or editor writes it; ids, times and the page are the server's. */
@Schema(name = "LivePostInput", description = "A post on a live page, as written.", example = LivePostInput.EXAMPLE)
public record LivePostInput(
        @Size(max = 300)
        @Schema(nullable = true, description = "Title; a key event's title is its entry in the timeline.", example = "Russian instructors land in Niamey", maxLength = 300) String title,
        @NotNull @Size(min = 1, max = 100)
        @Schema(description = "Body blocks in order, as an article's (paragraphs with links, quotes, images with caption and credit, story links, embeds).")
        List<@NotNull BlockInput> body,
        @Size(max = 10)
        @Schema(nullable = true, description = "Slugs of the authors who wrote it.", example = "[\"chris-ewokor\"]") List<@NotBlank String> contributors,
        @Schema(description = "A key event: listed in the page's timeline.", example = "true") boolean keyEvent,
        @Schema(description = "Pinned to the top of the page (editors only); pinning one unpins the page's other.", example = "false") boolean pinned,
        @NotNull @Pattern(regexp = "draft|scheduled|published", message = "must be one of draft, scheduled, published")
        @Schema(description = "draft: never public; scheduled: goes out at publishAt; published: out now (a published post "
                + "keeps its publication time when edited).", enumeration = {"draft", "scheduled", "published"}, example = "published") String status,
        @Schema(nullable = true, description = "When a scheduled post goes out; in the future.", example = "2030-04-12T18:00:00Z") Instant publishAt) {

    static final String EXAMPLE = """
            {"title":"Russian instructors land in Niamey","body":[{"type":"paragraph","content":[{"type":"text",\
            "text":"State television showed the instructors unloading a cargo plane full of equipment."}]}],\
            "contributors":["chris-ewokor"],"keyEvent":true,"pinned":false,"status":"published"}""";
}
