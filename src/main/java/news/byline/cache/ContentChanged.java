package news.byline.cache;

import java.util.Set;

/**
 * Fired (synchronously) after a transaction that changed public content committed, or when another
 * instance reports such a change: every holder of prepared responses or derived data drops what names
 * one of the keys.
 *
 * @param local true when the change was made by this instance (and should be told to the others)
 */
public record ContentChanged(Set<String> keys, boolean local) {
}
