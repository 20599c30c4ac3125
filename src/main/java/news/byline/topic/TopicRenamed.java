package news.byline.topic;

import java.util.UUID;

/** Fired inside the transaction that renames a topic: what was derived from its name must follow. */
public record TopicRenamed(UUID topicId) {
}
