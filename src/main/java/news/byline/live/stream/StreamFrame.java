package news.byline.live.stream;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import news.byline.event.StreamEvents.StreamEvent;

/**
 * One event as the wire carries it, encoded once for every reader: its position is its id, its type the event's
 * type (live-post.published…), its data the content the event carries (a tombstone: the id of what went).
 */
record StreamFrame(long position, UUID stream, String type, byte[] bytes) {

    /** Types after which the page is no longer public: its readers are told, then let go. */
    private static final java.util.Set<String> PAGE_GONE = java.util.Set.of("article.unpublished", "article.archived", "article.deleted");

    static StreamFrame of(StreamEvent event) {
        String data = event.content() != null ? event.content() : "{\"id\":\"" + event.entityId() + "\"}";
        String text = "id: " + event.position() + "\nevent: " + event.type() + "\ndata: " + data + "\n\n";
        return new StreamFrame(event.position(), event.stream(), event.type(), text.getBytes(StandardCharsets.UTF_8));
    }

    /** A frame without an id: the position a reader resumes from stays the last real event's. */
    static StreamFrame control(String type, String data) {
        return new StreamFrame(0, null, type, ("event: " + type + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    boolean endsPage() {
        return PAGE_GONE.contains(type);
    }
}
