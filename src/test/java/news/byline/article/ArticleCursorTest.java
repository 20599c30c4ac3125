package news.byline.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import news.byline.web.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Keyset cursors without the server: they round-trip, and refuse tampering, other queries, other keys and age. */
class ArticleCursorTest {
    private static final ArticleCursor.Position POSITION =
            new ArticleCursor.Position(Instant.parse("2024-04-12T09:31:00Z"), UUID.fromString("2c5ea4c0-4067-31fb-8a2b-5f4b2c7b9d21"));

    private final ArticleCursor cursors = new ArticleCursor("a secret for tests", Duration.ofHours(24));

    @Test
    void aCursorGivesBackItsPositionForItsQuery() {
        assertEquals(POSITION, cursors.decode(cursors.encode(POSITION, "query-a"), "query-a"));
    }

    @Test
    void anAlteredCursorIsRefused() {
        String cursor = cursors.encode(POSITION, "query-a");
        String payload = new String(Base64.getUrlDecoder().decode(cursor.split("\\.")[0]));
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace("2024", "2025").getBytes())
                + "." + cursor.split("\\.")[1];
        assertRefused(() -> cursors.decode(forged, "query-a"), "altered");
        assertRefused(() -> cursors.decode("not-a-cursor", "query-a"), "altered");
        assertRefused(() -> cursors.decode("%%%.%%%", "query-a"), "not a cursor");
        assertRefused(() -> new ArticleCursor("another secret", Duration.ofHours(24)).decode(cursor, "query-a"), "altered");
    }

    @Test
    void aCursorBelongsToItsQuery() {
        assertRefused(() -> cursors.decode(cursors.encode(POSITION, "query-a"), "query-b"), "different query");
    }

    @Test
    void aCursorExpiresAfterItsTimeToLive() {
        String old = cursors.encode(POSITION, "query-a", Instant.now().minus(Duration.ofHours(26)));
        assertRefused(() -> cursors.decode(old, "query-a"), "expired");
        String recent = cursors.encode(POSITION, "query-a", Instant.now().minus(Duration.ofHours(22)));
        assertEquals(POSITION, cursors.decode(recent, "query-a"));
    }

    private static void assertRefused(Runnable decode, String reason) {
        ProblemException refused = assertThrows(ProblemException.class, decode::run);
        assertEquals(400, refused.toProblem(null).status());
        assertTrue(refused.toProblem(null).detail().contains(reason), refused.toProblem(null).detail());
    }
}
