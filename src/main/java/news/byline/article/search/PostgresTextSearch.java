package news.byline.article.search;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * PostgreSQL full-text search over the stored, GIN-indexed search_vector (migration V6): web-search
 * syntax, ts_rank for relevance, ts_headline for snippets.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class PostgresTextSearch implements TextSearch {
    private static final String TSQUERY = "websearch_to_tsquery(''byline'', ?)";
    /** Private-use characters mark the matches, so that escaping the content cannot be confused with our markup. */
    private static final String HEADLINE_OPTIONS =
            "StartSel=" + SnippetMarkup.START + ", StopSel=" + SnippetMarkup.STOP
                    + ", MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final EntityManager entityManager;

    public PostgresTextSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String condition(SearchQuery query, Parameters parameters) {
        parameters.and("q", query.text());
        // The cast only tells HQL the fragment is a predicate; PostgreSQL drops it and uses the GIN index.
        return "cast(sql('? @@ " + TSQUERY + "', column(a.search_vector), :q) as Boolean)";
    }

    @Override
    public String rank() {
        return "cast(sql('ts_rank(?, " + TSQUERY + ")', column(a.search_vector), :q) as Double)";
    }

    @Override
    public Map<UUID, String> snippets(Collection<UUID> ids, SearchQuery query) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, ts_headline('byline', concat_ws(' ', summary, body_text),
                                               websearch_to_tsquery('byline', :q), :options)
                        from article where id in (:ids)""")
                .setParameter("q", query.text()).setParameter("options", HEADLINE_OPTIONS).setParameter("ids", ids)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> SnippetMarkup.safeHtml((String) r[1])));
    }
}
