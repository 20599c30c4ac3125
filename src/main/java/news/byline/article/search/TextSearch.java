package news.byline.article.search;

import io.quarkus.panache.common.Parameters;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Full-text search as the database in use can do it; conditions and orders are JPQL over the alias {@code a}. */
public interface TextSearch {

    /** The condition an article must meet to match; adds the parameters it names. */
    String condition(SearchQuery query, Parameters parameters);

    /** A JPQL expression of how well an article matches (higher is better); null when the database cannot rank. */
    String rank();

    /** Safe HTML excerpts of these articles around the matches, by id; empty when the database has none. */
    Map<UUID, String> snippets(Collection<UUID> ids, SearchQuery query);
}
