package news.byline.web.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import news.byline.domain.PageRequest;
import org.junit.jupiter.api.Test;

/** Following links.next never ends in the 400 that a page past the offset-depth limit answers. */
class NextLinkTest {

    private static String next(int page, int size, int totalPages, String cursor) {
        return ListEnvelope.next(new PageRequest(page, size), totalPages, cursor, p -> "page=" + p, c -> "cursor=" + c);
    }

    @Test
    void offsetPagesLeadOnWhileTheNextStartsWithinTheLimit() {
        assertEquals("page=2", next(1, 20, 600, "c1"));
        assertEquals("page=100", next(99, 100, 600, "c1"));
    }

    @Test
    void pastTheLimitTheCursorContinuesOrNothingDoes() {
        assertEquals("cursor=c1", next(100, 100, 600, "c1")); // page 101 would start at item 10,001
        assertEquals("cursor=c2", next(500, 20, 600, "c2"));
        assertNull(next(100, 100, 600, null)); // a list without cursors ends at the limit
        assertNull(next(600, 20, 600, "c3")); // the last page
    }
}
