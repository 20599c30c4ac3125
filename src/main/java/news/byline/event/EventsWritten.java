package news.byline.event;

/** Fired with each outbox write; observed after the transaction commits, to sequence what it wrote. */
enum EventsWritten {
    INSTANCE
}
