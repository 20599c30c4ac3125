package news.byline.article.search;

import io.quarkus.arc.properties.UnlessBuildProperty;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The embedded database's search: each word or phrase must occur in the headline, summary, topic and
 * contributor names or body text, compared lower-cased with common Latin accents removed (a substring
 * match: "niger" also finds "Nigeria"). OR and -exclusion work as on PostgreSQL; there is no ranking
 * (relevance lists newest first), and snippets are cut in Java ({@link FallbackExcerpt}).
 */
@ApplicationScoped
@UnlessBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql", enableIfMissing = true)
class FoldedTextSearch implements TextSearch {
    private static final List<String> FIELDS = List.of("a.headline", "a.summary", "a.searchKeywords", "a.bodyText");
    private static final String ACCENTED = "àáâãäåāăąçćčďèéêëēĕėęěìíîïīĭįñńňòóôõöōŏőùúûüũūŭůűųýÿźżžśšşřľĺţťğ";
    /** What SQL translate() turns ACCENTED into: the same letters as {@link #fold} leaves them. */
    private static final String FOLDED = fold(ACCENTED);

    private final EntityManager entityManager;

    public FoldedTextSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String condition(SearchQuery query, Parameters parameters) {
        List<String> conditions = new ArrayList<>();
        int index = 0;
        for (List<String> alternatives : query.required()) {
            List<String> any = new ArrayList<>();
            for (String term : alternatives) {
                any.add(occurs(term, "q" + index++, parameters));
            }
            conditions.add("(" + String.join(" or ", any) + ")");
        }
        for (String term : query.excluded()) {
            conditions.add("not " + occurs(term, "q" + index++, parameters));
        }
        return conditions.isEmpty() ? "1 = 0" : String.join(" and ", conditions);
    }

    @Override
    public String rank() {
        return null;
    }

    @Override
    public Map<UUID, String> snippets(Collection<UUID> ids, SearchQuery query) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<String> terms = query.required().stream().flatMap(List::stream).toList();
        Map<UUID, String> snippets = new HashMap<>();
        entityManager
                .createQuery("select a.id, a.summary, a.bodyText from Article a where a.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> snippets.put((UUID) row[0],
                        FallbackExcerpt.of(row[1] + (row[2] == null ? "" : " " + row[2]), terms)));
        return snippets;
    }

    private static String occurs(String term, String parameter, Parameters parameters) {
        parameters.and(parameter, "%" + fold(term).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        return "(" + FIELDS.stream()
                .map(f -> "cast(function('translate', lower(coalesce(" + f + ", '')), '" + ACCENTED + "', '" + FOLDED + "') as String) like :"
                        + parameter + " escape '\\'")
                .collect(Collectors.joining(" or ")) + ")";
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
