package news.byline.event;

import news.byline.web.problem.ProblemException;

/** Change-feed positions as tokens: "c-" and the position, so that a client need not know what it is. */
public final class ChangeTokens {
    private static final String PREFIX = "c-";

    private ChangeTokens() {
    }

    public static String encode(long position) {
        return PREFIX + position;
    }

    /** The position in a token; 400 for anything that is not one. */
    static long decode(String token) {
        if (token.startsWith(PREFIX)) {
            try {
                long position = Long.parseLong(token.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        throw ProblemException.invalidParameter("since", "is not a change token; pass a token from the feed, or leave since out to start at the beginning");
    }
}
