package news.byline.popularity;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.byline.section.SectionService;
import news.byline.web.paging.QueryParams;
import news.byline.web.problem.ProblemException;

public class MostReadResource implements MostReadApi {
    private static final Pattern WINDOW = Pattern.compile("^(\\d{1,3})([hd])$");
    private static final Duration MAX_WINDOW = Duration.ofDays(30);

    private final PopularityService popularity;
    private final SectionService sections;

    public MostReadResource(PopularityService popularity, SectionService sections) {
        this.popularity = popularity;
        this.sections = sections;
    }

    @Override
    public MostRead get(String limit, String window, String section) {
        int size = QueryParams.intInRange("limit", limit, 10, 1, 50);
        String windowText = window == null ? "24h" : window;
        String sectionPath = section == null ? null : sections.byPath(section).path;
        List<MostReadItem> items = popularity.mostRead(size, parseWindow(windowText), sectionPath);
        return new MostRead(items, new MostRead.Meta(windowText, size, sectionPath));
    }

    /** Hours or days (24h, 7d) or an ISO-8601 duration (PT1H, P1D, P7D), up to 30 days. */
    private static Duration parseWindow(String raw) {
        if (raw.startsWith("P")) {
            try {
                Duration duration = Duration.parse(raw);
                if (!duration.isNegative() && !duration.isZero() && duration.compareTo(MAX_WINDOW) <= 0) {
                    return duration;
                }
            } catch (java.time.format.DateTimeParseException ignored) {
                // reported below
            }
        }
        Matcher matcher = WINDOW.matcher(raw);
        if (matcher.matches()) {
            int amount = Integer.parseInt(matcher.group(1));
            Duration duration = matcher.group(2).equals("h") ? Duration.ofHours(amount) : Duration.ofDays(amount);
            if (amount > 0 && duration.compareTo(MAX_WINDOW) <= 0) {
                return duration;
            }
        }
        throw ProblemException.invalidParameter("window", "must be hours or days such as 24h, 7d, PT1H, P1D or P7D, at most 30 days");
    }
}
