package news.byline.content;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A holder that finds references with JPQL queries per referenced type, each selecting ordered slugs by
 * {@code :id} (null for one the caller may not see, named only as "unpublished …s"); several queries for one type (each reading its own index) are asked in turn.
 */
public abstract class QueriedReferences implements ReferenceHolder {
    private final EntityManager entityManager;
    private final String kind;
    private final Map<Class<?>, List<String>> slugQueries;
    private final Map<Class<?>, List<String>> publicQueries;

    /** For a feature whose content is all public: any reference shows the entity publicly. */
    protected QueriedReferences(EntityManager entityManager, String kind, Map<Class<?>, List<String>> slugQueries) {
        this(entityManager, kind, slugQueries, slugQueries);
    }

    /** With {@code publicQueries} per type, each finding (by {@code :id}) public content that references the entity. */
    protected QueriedReferences(EntityManager entityManager, String kind, Map<Class<?>, List<String>> slugQueries,
                                Map<Class<?>, List<String>> publicQueries) {
        this.entityManager = entityManager;
        this.kind = kind;
        this.slugQueries = slugQueries;
        this.publicQueries = publicQueries;
    }

    @Override
    public boolean showsPublicly(Class<?> type, UUID id) {
        return publicQueries.getOrDefault(type, List.of()).stream().anyMatch(query ->
                !entityManager.createQuery(query).setParameter("id", id).setMaxResults(1).getResultList().isEmpty());
    }

    /** Each slug query as an exists condition: its from and where clauses, with the entity's id at {@code idPath}. */
    @Override
    public List<String> pointsAt(Class<?> type, String idPath) {
        return slugQueries.getOrDefault(type, List.of()).stream().map(query -> {
            int order = query.lastIndexOf(" order by ");
            String fromWhere = query.substring(query.indexOf(" from "), order < 0 ? query.length() : order);
            return "exists (select 1" + fromWhere.replace(":id", idPath) + ")";
        }).toList();
    }

    @Override
    public List<String> referencesTo(Class<?> type, UUID id, int limit) {
        List<String> found = new ArrayList<>();
        for (String query : slugQueries.getOrDefault(type, List.of())) {
            entityManager.createQuery(query, String.class).setParameter("id", id).setMaxResults(limit - found.size())
                    .getResultStream().map(slug -> slug == null ? "unpublished " + kind + "s" : kind + " " + slug).filter(name -> !found.contains(name)).forEach(found::add);
            if (found.size() >= limit) {
                break;
            }
        }
        return found;
    }
}
