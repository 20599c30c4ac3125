package news.byline.content;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import java.util.UUID;
import news.byline.domain.Conflict;
import news.byline.domain.Invalid;

/** Slug uniqueness across writes of any resource: 409 naming the holder when another item has it. */
public final class SlugOwners {
    private SlugOwners() {
    }

    private static void requireFree(Class<?> entity, String kind, String slug, UUID self) {
        if (isTaken(entity, slug, self)) { // the holder is not named: it may be a draft the caller may not see
            throw new Conflict("Slug '" + slug + "' is already used by another " + kind);
        }
    }

    /**
     * The slug to store for an item: the one sent (409 when another item has it), or one made from the name,
     * numbered (-2, -3…) until free; 422 when the name gives none.
     */
    public static String assign(Class<?> entity, String kind, String sent, String name, UUID self) {
        if (sent != null) {
            requireFree(entity, kind, sent, self);
            return sent;
        }
        String base = Slugs.from(name);
        if (base.isEmpty()) {
            throw new Invalid("slug", "cannot be made from this name; send one");
        }
        String slug = base;
        for (int n = 2; isTaken(entity, slug, self); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static boolean isTaken(Class<?> entity, String slug, UUID self) {
        return holders(entity, slug).stream().anyMatch(id -> !id.equals(self));
    }

    private static List<UUID> holders(Class<?> entity, String slug) {
        return Panache.getEntityManager()
                .createQuery("select e.id from " + entity.getSimpleName() + " e where e.slug = :slug", UUID.class)
                .setParameter("slug", slug).getResultList();
    }
}
