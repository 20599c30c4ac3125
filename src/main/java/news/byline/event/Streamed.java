package news.byline.event;

import java.util.UUID;

/**
 * Content whose events also belong to a live page's stream: the page's readers are told of them in position
 * order, and a reader that reconnects reads the ones it missed by this id.
 */
public interface Streamed {

    /** The live page whose stream carries this content's events; null when none does. */
    UUID streamId();
}
