package news.byline.web;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import java.util.UUID;

/** Slug uniqueness across writes of any resource: 409 naming the holder when another item has it. */
public final class SlugOwners {
    private SlugOwners() {
    }

    public static void requireFree(Class<?> entity, String kind, String slug, UUID self) {
        List<UUID> holders = Panache.getEntityManager()
                .createQuery("select e.id from " + entity.getSimpleName() + " e where e.slug = :slug", UUID.class)
                .setParameter("slug", slug).getResultList();
        holders.stream().filter(id -> !id.equals(self)).findFirst().ifPresent(id -> {
            throw ProblemException.conflict("Slug '" + slug + "' is already used by " + kind + " " + id);
        });
    }

    /** The slug to store: the one sent, or one made from the name; 422 when neither gives one. */
    public static String choose(String sent, String name) {
        String slug = sent != null ? sent : Slugs.from(name);
        if (slug.isEmpty()) {
            throw ProblemException.unprocessable("slug", "cannot be made from this name; send one");
        }
        return slug;
    }
}
