package news.byline.article;

/** Where a live page's coverage stands: announced, running, or over (its posts stay readable). */
public enum CoverageStatus {
    UPCOMING, LIVE, ENDED
}
