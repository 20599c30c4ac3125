package news.byline.web.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import news.byline.cache.ListKey;
import news.byline.web.route.Shows;

/**
 * Names what a response shows, for purging (here and at a CDN): every "id" in a JSON body, plus the lists its
 * route declares it shows ({@link Shows}), so that an item new to such a list purges it.
 */
final class SurrogateKeys {
    private static final JsonFactory JSON = new JsonFactory();
    /**
     * Most characters a key header carries: Fastly takes 16 KB of Surrogate-Key, Cloudflare 16 KB of Cache-Tag,
     * and Node's HTTP client refuses answers whose headers pass 16 KB in all; both headers together stay under it.
     */
    static final int HEADER_BUDGET = 6_000;

    private SurrogateKeys() {
    }

    static Set<String> of(Shows shows, String query, byte[] jsonBody) throws IOException {
        Set<String> keys = routeKeys(shows, query);
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

    /**
     * The keys a response's headers name: all of them when they fit {@link #HEADER_BUDGET}; otherwise the route's
     * lists and the keys every change of a kind purges ({@link ListKey#KIND_WIDE}), so that a CDN still purges the
     * response whenever something in it changes (more often than needed, for these few large answers). The
     * response cache here keeps every key.
     */
    static Set<String> forHeaders(Set<String> keys, Shows shows, String query) {
        int length = keys.stream().mapToInt(key -> key.length() + 1).sum();
        if (length <= HEADER_BUDGET) {
            return keys;
        }
        Set<String> fallback = routeKeys(shows, query);
        ListKey.KIND_WIDE.forEach(list -> fallback.add(list.key()));
        return fallback;
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

    /** The lists the route declares it shows ({@link Shows}), with the query that answers it. */
    static Set<String> routeKeys(Shows shows, String query) {
        Set<String> keys = new LinkedHashSet<>();
        if (shows == null) {
            return keys;
        }
        for (ListKey list : shows.value()) {
            keys.add(list.key());
        }
        if (shows.textWhen().length > 0 && followsText(shows.textWhen(), query)) {
            keys.add(ListKey.ARTICLE_TEXT.key());
        }
        return keys;
    }

    private static boolean followsText(String[] conditions, String query) {
        if (query == null || query.isEmpty()) {
            return false;
        }
        for (String parameter : query.split("&")) {
            String decoded = URLDecoder.decode(parameter, StandardCharsets.UTF_8);
            String name = decoded.contains("=") ? decoded.substring(0, decoded.indexOf('=')) : decoded;
            for (String condition : conditions) {
                if (condition.equals(name) || condition.equals(decoded)) {
                    return true;
                }
            }
        }
        return false;
    }
}
