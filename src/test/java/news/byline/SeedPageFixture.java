package news.byline;

/** Slugs and paths of the seed page's sample content, as the tests address them. */
public final class SeedPageFixture {
    public static final String NIGER = "russian-troops-arrive-in-niger-as-military-agreement-begins";
    public static final String NIGER_HEADLINE = "Russian troops arrive in Niger as military agreement begins";
    public static final String AFRICA = "news/world/africa";

    private SeedPageFixture() {
    }
}
