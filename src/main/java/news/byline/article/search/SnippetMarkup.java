package news.byline.article.search;

import org.jsoup.nodes.Entities;

/**
 * Turns an excerpt whose matches are delimited by private-use characters into HTML that is safe to
 * insert: all content escaped (jsoup), and the delimiters, balanced, as {@code <mark>} tags, the only markup.
 */
final class SnippetMarkup {
    static final String START = "\uE000";
    static final String STOP = "\uE001";

    private SnippetMarkup() {
    }

    static String safeHtml(String excerpt) {
        if (excerpt == null || excerpt.isBlank()) {
            return null;
        }
        StringBuilder html = new StringBuilder(excerpt.length() + 64);
        boolean marking = false;
        int textFrom = 0;
        for (int i = 0; i < excerpt.length(); i++) {
            char c = excerpt.charAt(i);
            if (c == START.charAt(0) || c == STOP.charAt(0)) {
                html.append(Entities.escape(excerpt.substring(textFrom, i)));
                textFrom = i + 1;
                if (marking != (c == START.charAt(0))) { // a stray delimiter (a second start, a stop without one) is dropped
                    html.append(marking ? "</mark>" : "<mark>");
                    marking = !marking;
                }
            }
        }
        html.append(Entities.escape(excerpt.substring(textFrom)));
        return marking ? html.append("</mark>").toString() : html.toString();
    }
}
