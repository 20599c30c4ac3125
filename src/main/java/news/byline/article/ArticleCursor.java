package news.byline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import news.byline.config.BylineConfig;
import news.byline.config.SharedSecrets;
import news.byline.web.problem.ProblemException;

/**
 * Opaque, tamper-evident keyset cursors: the sort key and id of the last item seen, bound to the query they
 * came from, signed with HMAC-SHA256 under BYLINE_CURSOR_SECRET or, unset, a key made once and kept in the
 * database, so that a cursor made by one instance pages on every other, also after restarts. A cursor also
 * expires BYLINE_CURSOR_TTL (24 hours by default) after the hour it was issued in: a client resuming a walk
 * a day later starts over.
 */
@ApplicationScoped
class ArticleCursor {
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final String SECRET_NAME = "cursor-signing";

    private final SecretKeySpec key;
    private final Duration ttl;

    @Inject
    public ArticleCursor(BylineConfig config, SharedSecrets secrets) {
        this(config.cursorSecret().orElseGet(() -> secrets.get(SECRET_NAME)), config.cursorTtl());
    }

    ArticleCursor(String secret, Duration ttl) {
        this.ttl = ttl;
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Where a page ended: the last item's sort value and id. */
    public record Position(Instant sortValue, UUID id) {
    }

    public String encode(Position position, String query) {
        return encode(position, query, Instant.now());
    }

    String encode(Position position, String query, Instant issuedAt) {
        // The hour, not the second: the same page then reads the same for an hour, so its ETag holds (304s, CDNs).
        long hour = issuedAt.truncatedTo(ChronoUnit.HOURS).getEpochSecond();
        String payload = position.sortValue() + "|" + position.id() + "|" + hour + "|" + query;
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(bytes) + "." + ENCODE.encodeToString(sign(bytes));
    }

    /** The position in a cursor made for this same query; 400 when it was altered, has expired or was made for another query. */
    public Position decode(String cursor, String query) {
        try {
            String[] parts = cursor.split("\\.");
            byte[] bytes = DECODE.decode(parts[0]);
            if (parts.length != 2 || !MessageDigest.isEqual(sign(bytes), DECODE.decode(parts[1]))) {
                throw invalid("has been altered or was not made by this server");
            }
            String[] fields = new String(bytes, StandardCharsets.UTF_8).split("\\|", 4);
            if (Instant.ofEpochSecond(Long.parseLong(fields[2])).plus(ttl).isBefore(Instant.now())) {
                throw invalid("has expired (cursors last " + ttl.toHours() + " hours): start again from the first page");
            }
            if (!fields[3].equals(query)) {
                throw invalid("belongs to a different query: keep the filters and sort it was made with");
            }
            return new Position(Instant.parse(fields[0]), UUID.fromString(fields[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.format.DateTimeParseException e) {
            throw invalid("is not a cursor");
        }
    }

    private static ProblemException invalid(String why) {
        return ProblemException.invalidParameter("cursor", why);
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
