package news.byline.sitemap;

import java.time.Instant;

/** What a sitemap needs of an article, read as a projection without loading the article. */
record SitemapEntry(String slug, String canonicalUrl, String headline, Instant publishedAt, Instant updatedAt) {
}
