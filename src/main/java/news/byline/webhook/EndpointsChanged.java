package news.byline.webhook;

/** Endpoints were registered, changed or deleted; observed once the change has committed. */
enum EndpointsChanged {
    INSTANCE
}
