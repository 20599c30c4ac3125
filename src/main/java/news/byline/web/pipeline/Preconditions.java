package news.byline.web.pipeline;

import java.util.Date;

/** The conditional-request rules of RFC 9110 that a read answers 304 by, shared by renders and cache hits. */
final class Preconditions {
    private Preconditions() {
    }

    /** True when If-None-Match names the current tag (weakly compared, as GET requires) or is "*". */
    static boolean noneMatchFails(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String trimmed = tag.trim();
            String opaque = trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed;
            if (opaque.equals("*") || opaque.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** True when the resource has not changed since the If-Modified-Since date (second precision). */
    static boolean notModifiedSince(String ifModifiedSince, long lastModifiedMillis) {
        Date since = HttpDates.parse(ifModifiedSince);
        return since != null && lastModifiedMillis / 1000 <= since.getTime() / 1000;
    }
}
