package news.byline.cache;

import java.util.Set;

/**
 * What happened to a {@link Purgeable} entity, as its keys function sees it.
 *
 * @param kind       written (inserted or updated), removed, or unlinked (something stopped pointing at it)
 * @param properties the properties written (every property on insert and remove; none when unlinked)
 */
public record Change(Kind kind, Set<String> properties) {

    public enum Kind { WRITTEN, REMOVED, UNLINKED }

    public static Change write(Set<String> properties) {
        return new Change(Kind.WRITTEN, Set.copyOf(properties));
    }

    public static Change removal(Set<String> properties) {
        return new Change(Kind.REMOVED, Set.copyOf(properties));
    }

    public static Change unlink() {
        return new Change(Kind.UNLINKED, Set.of());
    }

    public boolean removed() {
        return kind == Kind.REMOVED;
    }

    public boolean unlinked() {
        return kind == Kind.UNLINKED;
    }

    /** Whether this property was written (always, on a removal). */
    public boolean touched(String property) {
        return properties.contains(property);
    }
}
