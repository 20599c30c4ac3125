package news.byline.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Names the entities a response shows, for CDN purging by content: every "id" in the JSON body, plus the
 * kind of list ("articles", "sections"…) so that a new item can purge the lists it would appear in.
 */
final class SurrogateKeys {
    private static final JsonFactory JSON = new JsonFactory();

    private SurrogateKeys() {
    }

    static String of(String routeKind, byte[] body) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(routeKind);
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME && "id".equals(parser.currentName())
                        && parser.nextToken() == JsonToken.VALUE_STRING) {
                    keys.add(parser.getText());
                }
            }
        }
        return String.join(" ", keys);
    }

    /** The first path segment after the API base: /api/v1/sections/news/world → sections. */
    static String routeKind(String path) {
        String rest = path.startsWith("/api/v1/") ? path.substring("/api/v1/".length()) : path.replaceFirst("^/", "");
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
