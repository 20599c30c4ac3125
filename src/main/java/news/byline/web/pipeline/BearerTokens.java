package news.byline.web.pipeline;

/** The one reading of {@code Authorization: Bearer <key>}: other schemes and empty tokens carry no key. */
public final class BearerTokens {
    private static final String SCHEME = "Bearer ";

    private BearerTokens() {
    }

    /** The key a header carries, without the scheme or surrounding spaces, or null when it carries none. */
    public static String secret(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String secret = authorization.substring(SCHEME.length()).strip();
        return secret.isEmpty() ? null : secret;
    }
}
