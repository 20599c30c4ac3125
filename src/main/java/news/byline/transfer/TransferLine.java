package news.byline.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import news.byline.article.editorial.ArticleState;

/**
 * One line of an export or import file: an entity's kind, its id and its content in the input form of the
 * matching write route; articles also carry their workflow state.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransferLine(String kind, UUID id, JsonNode data, ArticleState state) {

    /** The kinds, in the order an export writes them so that references point backwards. */
    public enum Kind {
        IMAGE, SECTION, TOPIC, AUTHOR, ARTICLE, LIVE_PAGE, LIVE_POST, COLLECTION;

        /** As lines name it (live-post). */
        public String apiName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The kind a line names, or null. */
        public static Kind named(String name) {
            for (Kind kind : values()) {
                if (kind.apiName().equals(name)) {
                    return kind;
                }
            }
            return null;
        }
    }
}
