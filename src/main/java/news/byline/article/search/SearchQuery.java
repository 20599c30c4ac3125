package news.byline.article.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.byline.web.problem.ProblemException;

/**
 * What a reader typed into search, in web-search syntax: words, "quoted phrases", OR between
 * alternatives, -word or -"phrase" to exclude. PostgreSQL reads the text itself (websearch_to_tsquery);
 * the embedded database's fallback uses the {@link #required()} and {@link #excluded()} parts parsed here.
 */
public record SearchQuery(String text, List<List<String>> required, List<String> excluded) {
    public static final int MAX_LENGTH = 200;
    private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(\\S+)");

    /** Null when there is no q; 400 when it is blank or too long. */
    public static SearchQuery parse(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        if (text.isEmpty()) {
            throw ProblemException.invalidParameter("q", "must not be empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw ProblemException.invalidParameter("q", "must be at most " + MAX_LENGTH + " characters");
        }
        List<List<String>> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        boolean or = false;
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            boolean negated = (token.group(1) != null && !token.group(1).isEmpty()) || (token.group(3) != null && token.group(3).startsWith("-"));
            String term = token.group(2) != null ? token.group(2).strip() : token.group(3).replaceFirst("^-+", "");
            if (term.isEmpty()) {
                continue;
            }
            if (token.group(3) != null && term.equalsIgnoreCase("or") && !negated) {
                or = !required.isEmpty();
            } else if (negated) {
                excluded.add(term);
                or = false;
            } else if (or) {
                required.get(required.size() - 1).add(term);
                or = false;
            } else {
                required.add(new ArrayList<>(List.of(term)));
            }
        }
        return new SearchQuery(text, required.stream().map(List::copyOf).toList(), List.copyOf(excluded));
    }
}
