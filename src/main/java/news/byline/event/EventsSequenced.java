package news.byline.event;

/** Fired when committed events have been given positions: readers and deliverers may go on. */
public record EventsSequenced(long lastPosition) {
}
