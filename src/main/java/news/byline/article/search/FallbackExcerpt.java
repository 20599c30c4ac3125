package news.byline.article.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The embedded database's snippet, made in Java: about {@value #WIDTH} characters of the text around the
 * first match (or its opening, when only the headline or names matched), every match marked, then made
 * safe by {@link SnippetMarkup}. Matching folds case and accents as the search itself does.
 */
final class FallbackExcerpt {
    private static final int WIDTH = 240;
    private static final int BEFORE = 60;

    private FallbackExcerpt() {
    }

    static String of(String text, List<String> terms) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<int[]> matches = matches(text, terms);
        int first = matches.isEmpty() ? 0 : matches.get(0)[0];
        int from = wordStart(text, Math.max(0, first - BEFORE), first);
        int to = wordEnd(text, Math.min(text.length(), from + WIDTH), from);
        StringBuilder excerpt = new StringBuilder(from > 0 ? "… " : "");
        int at = from;
        for (int[] match : matches) {
            if (match[0] >= at && match[1] <= to) {
                excerpt.append(text, at, match[0]).append(SnippetMarkup.START)
                        .append(text, match[0], match[1]).append(SnippetMarkup.STOP);
                at = match[1];
            }
        }
        excerpt.append(text, at, to).append(to < text.length() ? " …" : "");
        return SnippetMarkup.safeHtml(excerpt.toString().replaceAll("\\s+", " "));
    }

    /** Where each term occurs in the original text, in order and without overlaps. */
    private static List<int[]> matches(String text, List<String> terms) {
        StringBuilder folded = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            String one = FoldedTextSearch.fold(new String(Character.toChars(text.codePointAt(i))));
            folded.append(one);
            for (int k = 0; k < one.length(); k++) {
                origin.add(i);
            }
        }
        List<int[]> found = new ArrayList<>();
        for (String term : terms) {
            String needle = FoldedTextSearch.fold(term);
            for (int at = folded.indexOf(needle); !needle.isEmpty() && at >= 0; at = folded.indexOf(needle, at + 1)) {
                int last = origin.get(at + needle.length() - 1);
                found.add(new int[] {origin.get(at), text.offsetByCodePoints(last, 1)});
            }
        }
        found.sort(Comparator.comparingInt((int[] m) -> m[0]).thenComparingInt(m -> -m[1]));
        List<int[]> separate = new ArrayList<>();
        for (int[] match : found) {
            if (separate.isEmpty() || match[0] >= separate.get(separate.size() - 1)[1]) {
                separate.add(match);
            }
        }
        return separate;
    }

    /** The start of the first whole word at or after index, not past limit. */
    private static int wordStart(String text, int index, int limit) {
        if (index == 0 || text.charAt(index - 1) == ' ') {
            return index;
        }
        int space = text.indexOf(' ', index);
        return space >= 0 && space < limit ? space + 1 : index;
    }

    /** The end of the last whole word before index, not before floor. */
    private static int wordEnd(String text, int index, int floor) {
        int space = index >= text.length() ? -1 : text.lastIndexOf(' ', index);
        return space > floor ? space : index;
    }
}
