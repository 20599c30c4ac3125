package news.byline.web;

/**
 * A validated offset page: 1-based page number and a size between 1 and {@link #MAX_SIZE}, starting within the
 * first {@link #MAX_OFFSET} items: a deep offset makes the database read and drop every row before it, so lists
 * go further by cursor.
 */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_OFFSET = 10_000;

    public static PageRequest parse(String page, String pageSize) {
        int size = QueryParams.intInRange("pageSize", pageSize, DEFAULT_SIZE, 1, MAX_SIZE);
        int number = QueryParams.intInRange("page", page, 1, 1, Integer.MAX_VALUE / MAX_SIZE);
        if ((long) (number - 1) * size >= MAX_OFFSET) {
            throw ProblemException.invalidParameter("page", "offset pages reach the first " + MAX_OFFSET
                    + " items; go further with cursor paging (meta.nextCursor) where the list offers it");
        }
        return new PageRequest(number, size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
