package news.byline.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
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
                    if (token == JsonToken.FIELD_NAME && namesAnEntity(parser.currentName())
                            && parser.nextToken() == JsonToken.VALUE_STRING) {
                        keys.add(parser.getText());
                    }
                }
            }
        }
        return keys;
    }

    /** Ids in a JSON tree, for a body that a sparse field set is about to trim. */
    static Set<String> idsIn(JsonNode tree) {
        Set<String> ids = new LinkedHashSet<>();
        collect(tree, ids);
        return ids;
    }

    private static void collect(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (namesAnEntity(field.getKey()) && field.getValue().isTextual()) {
                    ids.add(field.getValue().asText());
                } else {
                    collect(field.getValue(), ids);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, ids));
        }
    }

    /** "id", or a reference such as "articleId" and "imageId" (a story link shows the story it links to). */
    private static boolean namesAnEntity(String field) {
        return field.equals("id") || field.endsWith("Id");
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
        if (rest.startsWith("feeds/") || rest.startsWith("sitemap")) {
            // XML names no ids: headlines, topic and author names, images in it change with these.
            keys.addAll(List.of(PurgeKeys.ARTICLE_TEXT, "topics", "authors", "images"));
        }
        if (!rest.contains("/")) {
            keys.add(rest); // a list of its kind: topics, authors, sections, collections, navigation, most-read…
        } else if (rest.startsWith("sections/")) {
            keys.add("sections"); // a section shows its children
        }
        return keys;
    }
}
