package news.byline.content;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A holder that finds references with one JPQL query per referenced type, each selecting ordered slugs by {@code :id}. */
public abstract class QueriedReferences implements ReferenceHolder {
    private final EntityManager entityManager;
    private final String kind;
    private final Map<Class<?>, String> slugQueries;

    protected QueriedReferences(EntityManager entityManager, String kind, Map<Class<?>, String> slugQueries) {
        this.entityManager = entityManager;
        this.kind = kind;
        this.slugQueries = slugQueries;
    }

    @Override
    public List<String> referencesTo(Class<?> type, UUID id, int limit) {
        String query = slugQueries.get(type);
        if (query == null) {
            return List.of();
        }
        return entityManager.createQuery(query, String.class).setParameter("id", id).setMaxResults(limit)
                .getResultStream().map(slug -> kind + " " + slug).toList();
    }
}
