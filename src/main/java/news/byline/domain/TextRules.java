package news.byline.domain;

/**
 * What text may hold. C0 control characters other than tab, newline and carriage return (U+0000–U+0008,
 * U+000B, U+000C, U+000E–U+001F) have no place in any content: PostgreSQL cannot store NUL, XML 1.0 cannot
 * carry the others, so one pasted vertical tab would break every feed and sitemap it appears in.
 */
public final class TextRules {
    private TextRules() {
    }

    /** The first control character text may not hold, or -1 when there is none. */
    public static int forbiddenControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return c;
            }
        }
        return -1;
    }

    /** The text without what XML 1.0 cannot carry (controls, lone surrogates, U+FFFE, U+FFFF): for stored text written as XML. */
    public static String xmlSafe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || pairedSurrogate;
            if (!allowed && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && safe != null) {
                safe.append(c);
            }
        }
        return safe == null ? text : safe.toString();
    }

    /** How a control character is named in a message: U+000B. */
    public static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
