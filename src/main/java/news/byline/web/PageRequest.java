package news.byline.web;

/** A validated offset page: 1-based page number and a size between 1 and {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest parse(String page, String pageSize) {
        int number = QueryParams.intInRange("page", page, 1, 1, Integer.MAX_VALUE / MAX_SIZE);
        int size = QueryParams.intInRange("pageSize", pageSize, DEFAULT_SIZE, 1, MAX_SIZE);
        return new PageRequest(number, size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
