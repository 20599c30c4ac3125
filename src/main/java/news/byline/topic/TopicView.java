package news.byline.topic;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Topic", description = "A subject that stories are tagged with.", example = TopicView.EXAMPLE)
public record TopicView(
        @Schema(description = "Topic id.", example = "3d1e5b9a-2f4c-3b6d-9e8f-7a6b5c4d3e2f") UUID id,
        @Schema(description = "Human identifier.", example = "sahel-islamist-insurgency") String slug,
        @Schema(description = "Display name.", example = "Sahel Islamist insurgency") String name,
        @Schema(nullable = true, description = "What the topic covers, if written.", example = "Jihadist violence across the Sahel, from Mali to Niger and Burkina Faso") String description) {

    static final String EXAMPLE = "{\"id\":\"3d1e5b9a-2f4c-3b6d-9e8f-7a6b5c4d3e2f\",\"slug\":\"sahel-islamist-insurgency\","
            + "\"name\":\"Sahel Islamist insurgency\",\"description\":\"Jihadist violence across the Sahel, from Mali to Niger and Burkina Faso\"}";

    public static TopicView of(Topic topic) {
        return new TopicView(topic.id, topic.slug, topic.name, topic.description);
    }

    /** The short form used inside articles. */
    public static TopicView ref(Topic topic) {
        return new TopicView(topic.id, topic.slug, topic.name, null);
    }
}
