package news.byline.web.pipeline;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** HTTP-date parsing (RFC 9110 IMF-fixdate) for conditional request headers. */
final class HttpDates {
    private HttpDates() {
    }

    static Date parse(String value) {
        try {
            return Date.from(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return null; // an unparsable validator is ignored, as RFC 9110 requires
        }
    }
}
