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

    protected QueriedReferences(EntityManager entityManager, String kind, Map<Class<?>, List<String>> slugQueries) {
        this.entityManager = entityManager;
        this.kind = kind;
        this.slugQueries = slugQueries;
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
