package news.byline.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleUrls", description = "Public addresses of a story on the front-end site.",
        example = "{\"canonical\":\"https://www.byline.example/articles/russian-troops-arrive-in-niger\",\"share\":\"https://www.byline.example/articles/russian-troops-arrive-in-niger\"}")
public record ArticleUrls(
        @Schema(description = "Canonical address.", example = "https://www.byline.example/articles/russian-troops-arrive-in-niger") String canonical,
        @Schema(description = "Address to share.", example = "https://www.byline.example/articles/russian-troops-arrive-in-niger") String share) {

    /** Where a story is read: the address set for it, or the site's /articles/{slug}. The one home of this rule. */
    public static String canonical(String siteUrl, String slug, String canonicalUrl) {
        return canonicalUrl != null ? canonicalUrl : siteUrl.replaceAll("/+$", "") + "/articles/" + slug;
    }
}
