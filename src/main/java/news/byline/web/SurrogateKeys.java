package news.byline.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import news.byline.cache.PurgeKeys;

/**
 * Names what a response shows, for purging (here and at a CDN): every "id" in a JSON body, plus keys for
 * the kind of list a route answers, so that an item new to that list purges it: {@code articles} for
 * every list of stories (lists, feeds, sitemaps, collections, Most Read), {@code article-text} for those
 * that follow text or update time, {@code topics}, {@code sections}… for the other lists.
 */
final class SurrogateKeys {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String API = "/api/v1/";

    private SurrogateKeys() {
    }

    static Set<String> of(String path, String query, byte[] jsonBody) throws IOException {
        Set<String> keys = routeKeys(path, query == null ? "" : query);
        if (jsonBody != null) {
            try (JsonParser parser = JSON.createParser(jsonBody)) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.FIELD_NAME && "id".equals(parser.currentName())
                            && parser.nextToken() == JsonToken.VALUE_STRING) {
                        keys.add(parser.getText());
                    }
                }
            }
        }
        return keys;
    }

    static Set<String> routeKeys(String path, String query) {
        Set<String> keys = new LinkedHashSet<>();
        String rest = path.startsWith(API) ? path.substring(API.length()) : path.replaceFirst("^/", "");
        boolean articleList = rest.equals("articles") || rest.endsWith("/articles") || rest.startsWith("feeds/")
                || rest.startsWith("sitemap") || rest.startsWith("collections/") || rest.equals("most-read");
        if (articleList) {
            keys.add(PurgeKeys.ARTICLE_LISTS);
            if (query.contains("q=") || query.contains("updated")) {
                keys.add(PurgeKeys.ARTICLE_TEXT);
            }
        }
        if (!rest.contains("/")) {
            keys.add(rest); // a list of its kind: topics, authors, sections, collections, navigation, most-read…
        } else if (rest.startsWith("sections/")) {
            keys.add("sections"); // a section shows its children
        }
        return keys;
    }
}
