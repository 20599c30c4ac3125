package news.byline.domain;

/**
 * A validated offset page: 1-based page number and a size between 1 and {@link #MAX_SIZE}, starting within the
 * first {@link #MAX_OFFSET} items: a deep offset makes the database read and drop every row before it, so lists
 * go further by cursor.
 */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_OFFSET = 10_000;

    public int offset() {
        return (page - 1) * size;
    }
}
