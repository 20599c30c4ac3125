package news.byline.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The shape of sample/seed-page.json: the seed page's content, referring to things by slug or path. */
record SeedPage(List<SeedSection> sections, List<SeedTopic> topics, List<SeedAuthor> authors, List<SeedImage> images,
                List<SeedArticle> articles, List<SeedCollection> collections, List<String> mostRead) {

    record SeedSection(String path, String name, String description, String externalUrl, boolean moreMenu) {
    }

    record SeedTopic(String slug, String name, String description) {
    }

    record SeedAuthor(String slug, String name, String jobTitle, String bio) {
    }

    /** A picture stored in Byline ({@code file}, under sample/ on the class path) or hosted elsewhere ({@code url}). */
    record SeedImage(String slug, String file, String url, int width, int height, String alt, String caption, String credit) {
    }

    /** Body entries: a string is a paragraph; objects are {link,text}, {quote,attribution} or {image,caption,credit}. */
    /** Published unless the seed says otherwise (the sample has one draft, for previews and scheduling). */
    record SeedArticle(String slug, String type, String status, String section, String headline, String summary, int minutesAgo,
                       List<String> topics, SeedByline byline, SeedImageUse leadImage, List<JsonNode> body,
                       List<String> related) {
    }

    record SeedByline(String text, String organisation, List<SeedContributor> contributors) {
    }

    record SeedContributor(String author, String location, String role) {
    }

    record SeedImageUse(String image, String caption, String credit) {
    }

    record SeedCollection(String slug, String title, String description, List<SeedItem> items) {
    }

    record SeedItem(String article, SeedPromo promo, String attribution) {
    }

    record SeedPromo(String title, String summary, String url) {
    }
}
