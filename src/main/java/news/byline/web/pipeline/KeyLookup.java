package news.byline.web.pipeline;

/** Tells which caller a bearer secret stands for; implemented where keys are kept. */
public interface KeyLookup {

    /** The caller when known without blocking (looked up recently on this instance), otherwise null. */
    Caller recent(String secret);

    /** Looks the secret up where keys are kept: blocking, so never on the event loop. Refused when unknown or revoked. */
    Caller find(String secret);
}
