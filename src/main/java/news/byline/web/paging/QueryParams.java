package news.byline.web.paging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import news.byline.web.problem.ProblemException;

/** Parses query parameters into typed values, failing with a 400 problem that names the parameter. */
public final class QueryParams {
    private static final Pattern CANONICAL_INTEGER = Pattern.compile("0|-?[1-9][0-9]{0,9}");
    private QueryParams() {
    }

    /**
     * An integer written plainly: no sign, spaces or leading zeros, so that one number has one spelling and
     * {@code ?page=0009} cannot fill caches with copies of {@code ?page=9}.
     */
    public static int intInRange(String name, String raw, int fallback, int min, int max) {
        if (raw == null) {
            return fallback;
        }
        if (CANONICAL_INTEGER.matcher(raw).matches()) {
            try {
                int value = Integer.parseInt(raw);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // reported below with the range
            }
        }
        throw ProblemException.invalidParameter(name, "must be an integer between " + min + " and " + max
                + ", written without sign, spaces or leading zeros");
    }

    /** true or false (absent: false); anything else is a 400. */
    public static boolean flag(String name, String raw) {
        if (raw == null || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        throw ProblemException.invalidParameter(name, "must be true or false");
    }

    /** Words to look for: trimmed, at most {@code max} characters; absent or blank is none. */
    public static String words(String name, String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String words = raw.strip();
        if (words.length() > max) {
            throw ProblemException.invalidParameter(name, "must be at most " + max + " characters");
        }
        return words;
    }

    /** Accepts an ISO-8601 instant or offset date-time, or a plain date (start of that day, UTC). */
    /** What {@link #instant} reads, for the document. */
    public static final String DATE_OR_DATE_TIME = "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T.+)?$";

    public static Instant instant(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            if (raw.length() == 10) {
                return LocalDate.parse(raw).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name,
                    "must be an ISO-8601 date or date-time such as 2024-04-12 or 2024-04-12T09:31:00Z");
        }
    }

    /** Matches an enum by its API value (lower-case name); unknown values list the accepted ones. */
    public static <E extends Enum<E>> E choice(String name, String raw, Class<E> type, E fallback) {
        if (raw == null) {
            return fallback;
        }
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().toLowerCase(Locale.ROOT).equals(raw)) {
                return candidate;
            }
        }
        String accepted = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        throw ProblemException.invalidParameter(name, "must be one of " + accepted);
    }
}
