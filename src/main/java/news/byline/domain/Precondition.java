package news.byline.domain;

import java.util.function.Supplier;

/**
 * The version a client says it edited (If-Match, over HTTP). A write calls {@link #require} before it changes
 * anything; the view is rendered only when the client sent something other than the entity's own version
 * (the tag of a public read, which stays valid until anything the read shows changes).
 */
@FunctionalInterface
public interface Precondition {
    /** No expectation: the write is unconditional. */
    Precondition NONE = (version, view) -> {
    };

    /** Throws {@link StaleVersion} unless the client's version is {@code current} or the view as it stands now. */
    void require(Version current, Supplier<Object> currentView);
}
