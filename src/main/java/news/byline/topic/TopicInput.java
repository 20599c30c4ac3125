package news.byline.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import news.byline.content.Slugs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor sends to create or replace a topic. */
@Schema(name = "TopicInput", description = "A topic as written by an editor; the slug is made from the name when absent.",
        example = TopicInput.EXAMPLE)
public record TopicInput(
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 160)
        @Schema(description = "Human identifier; made from the name when absent.", example = "wagner-group", maxLength = 160) String slug,
        @NotBlank @Size(max = 200)
        @Schema(description = "Display name.", example = "Wagner Group", maxLength = 200) String name,
        @Size(max = 2000)
        @Schema(description = "What the topic covers.", example = "The Russian mercenary group and its successors in Africa", maxLength = 2000) String description) {

    public static final String EXAMPLE = "{\"slug\":\"wagner-group\",\"name\":\"Wagner Group\","
            + "\"description\":\"The Russian mercenary group and its successors in Africa\"}";

    public static final String REPLACE_EXAMPLE = "{\"slug\":\"russia\",\"name\":\"Russia\","
            + "\"description\":\"News and analysis about Russia\"}";

    public static TopicInput of(Topic topic) {
        return new TopicInput(topic.slug, topic.name, topic.description);
    }
}
