package news.byline.article.search;

import io.quarkus.panache.common.Parameters;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Full-text search as the database in use can do it; conditions and orders are JPQL over the alias {@code a}. */
public interface TextSearch {

    /** The condition an article must meet to match; adds the parameters it names. */
    String condition(SearchQuery query, Parameters parameters);

    /** The JPQL order for relevance, best first; null when the database cannot rank (newest first then). */
    String relevanceOrder();

    /** Safe HTML excerpts of these articles around the matches, by id; empty when the database has none. */
    Map<UUID, String> snippets(Collection<UUID> ids, SearchQuery query);
}
