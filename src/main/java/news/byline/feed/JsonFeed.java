package news.byline.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1); field names are the format's own. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record JsonFeed(
        String version,
        String title,
        @JsonProperty("home_page_url") String homePageUrl,
        @JsonProperty("feed_url") String feedUrl,
        String description,
        String language,
        List<Item> items) {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Item(
            String id,
            String url,
            String title,
            String summary,
            @JsonProperty("content_text") String contentText,
            String image,
            @JsonProperty("date_published") String datePublished,
            @JsonProperty("date_modified") String dateModified,
            List<Author> authors,
            List<String> tags) {
    }

    record Author(String name) {
    }
}
