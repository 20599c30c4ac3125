package news.byline.web.paging;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import news.byline.domain.PageRequest;
import news.byline.domain.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list answer of every collection route: data, paging meta and navigation links. */
@Schema(description = "One page of a list: the items, paging meta and links to neighbouring pages.",
        example = "{\"data\":[],\"meta\":{\"total\":0,\"page\":1,\"pageSize\":20,\"totalPages\":0},"
                + "\"links\":{\"self\":\"http://localhost:8080/api/v1/topics\"}}")
public record ListEnvelope<T>(
        @Schema(description = "The items of this page, in order.") List<T> data,
        @Schema(description = "Paging information.") Meta meta,
        @Schema(description = "Absolute links to this page and its neighbours.") Links links) {

    @Schema(name = "PageMeta", description = "Paging information: total, page and totalPages for offset paging; "
            + "nextCursor (where lists support it) to continue with cursor paging.",
            example = "{\"total\":312,\"page\":1,\"pageSize\":20,\"totalPages\":16}")
    public record Meta(
            @Schema(nullable = true, description = "Number of items across all pages (offset paging).", example = "312") Long total,
            @Schema(nullable = true, description = "This page's number, from 1 (offset paging).", example = "1") Integer page,
            @Schema(description = "Items per page (default 20, at most 100).", example = "20") int pageSize,
            @Schema(nullable = true, description = "Number of pages (offset paging).", example = "16") Integer totalPages,
            @Schema(nullable = true, description = "Opaque cursor for the next page; null on the last page and where lists page by offset only.", example = "MjAyNC0wNC0xMlQwOTozMTowMFp8.Tc3UzRUg1") String nextCursor) {
    }

    @Schema(name = "PageLinks", description = "Absolute URLs of this, the next and the previous page; next and prev are null at the ends.",
            example = "{\"self\":\"http://localhost:8080/api/v1/articles?page=2\",\"next\":\"http://localhost:8080/api/v1/articles?page=3\",\"prev\":\"http://localhost:8080/api/v1/articles?page=1\"}")
    public record Links(
            @Schema(description = "This page.", example = "http://localhost:8080/api/v1/articles?page=2") String self,
            @Schema(nullable = true, description = "The next page, if any: the next offset page while it starts within "
                    + "the first 10,000 items, then (article lists) the cursor that continues; following it never ends in an error.",
                    example = "http://localhost:8080/api/v1/articles?page=3") String next,
            @Schema(nullable = true, description = "The previous page, if any.", example = "http://localhost:8080/api/v1/articles?page=1") String prev) {
    }

    public static <T> ListEnvelope<T> of(PageResult<T> result, UriInfo uri) {
        return of(result, uri, null);
    }

    /** Offset paging; a next cursor, when given, lets the client continue with cursor paging. */
    public static <T> ListEnvelope<T> of(PageResult<T> result, UriInfo uri, String nextCursor) {
        PageRequest request = result.request();
        int totalPages = result.totalPages();
        String self = uri.getRequestUri().toString();
        String next = next(request, totalPages, nextCursor, page -> pageLink(uri, page), cursor -> cursorLink(uri, cursor));
        String prev = request.page() > 1 ? pageLink(uri, Math.min(request.page() - 1, Math.max(totalPages, 1))) : null;
        return new ListEnvelope<>(result.items(),
                new Meta(result.total(), request.page(), request.size(), totalPages, nextCursor),
                new Links(self, next, prev));
    }

    /**
     * The next offset page while it starts within the first {@link PageRequest#MAX_OFFSET} items (a deeper one is a
     * 400); beyond, the cursor that continues the list where the list has one, otherwise none: following
     * {@code links.next} never ends in an error.
     */
    static String next(PageRequest request, int totalPages, String nextCursor, IntFunction<String> pageLink,
                       Function<String, String> cursorLink) {
        if (request.page() >= totalPages) {
            return null;
        }
        if ((long) request.page() * request.size() < PageRequest.MAX_OFFSET) {
            return pageLink.apply(request.page() + 1);
        }
        return nextCursor == null ? null : cursorLink.apply(nextCursor);
    }

    /** Cursor paging: no totals; next follows the cursor, there is no way back. */
    public static <T> ListEnvelope<T> ofCursor(java.util.List<T> items, int pageSize, String nextCursor, UriInfo uri) {
        String next = nextCursor == null ? null : cursorLink(uri, nextCursor);
        return new ListEnvelope<>(items, new Meta(null, null, pageSize, null, nextCursor),
                new Links(uri.getRequestUri().toString(), next, null));
    }

    private static String cursorLink(UriInfo uri, String cursor) {
        return uri.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam("cursor", cursor).build().toString();
    }

    private static String pageLink(UriInfo uri, int page) {
        return uri.getRequestUriBuilder().replaceQueryParam("page", page).build().toString();
    }
}
