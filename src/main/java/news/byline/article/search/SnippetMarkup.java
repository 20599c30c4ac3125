package news.byline.article.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Turns an excerpt whose matches are delimited by private-use characters into HTML that is safe to
 * insert: all content escaped, then only {@code <mark>} allowed through (jsoup balances any stray one).
 */
final class SnippetMarkup {
    static final String START = "\uE000";
    static final String STOP = "\uE001";
    private static final Safelist MARK_ONLY = Safelist.none().addTags("mark");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private SnippetMarkup() {
    }

    static String safeHtml(String excerpt) {
        if (excerpt == null || excerpt.isBlank()) {
            return null;
        }
        String marked = Entities.escape(excerpt).replace(START, "<mark>").replace(STOP, "</mark>");
        return Jsoup.clean(marked, "", MARK_ONLY, COMPACT);
    }
}
