package news.byline.sitemap;

import jakarta.ws.rs.core.UriInfo;

public class SitemapResource implements SitemapsApi {
    private final SitemapService sitemaps;

    public SitemapResource(SitemapService sitemaps) {
        this.sitemaps = sitemaps;
    }

    @Override
    public String index(UriInfo uri) {
        return sitemaps.index(uri.getBaseUri().toString());
    }

    @Override
    public String articles(int page) {
        return sitemaps.articles(page);
    }

    @Override
    public String news() {
        return sitemaps.news();
    }
}
