package news.byline.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.byline.domain.Conflict;

/** Who points at an entity: refuses (409) to delete what something still points at, naming the first few that do. */
@ApplicationScoped
public class References {
    private static final int NAMED = 5;

    private final Instance<ReferenceHolder> holders;

    public References(Instance<ReferenceHolder> holders) {
        this.holders = holders;
    }

    /** Throws a conflict naming up to five holders of references to the entity; {@code what} names it ("topic 'russia'"). */
    public void requireNone(Class<?> type, UUID id, String what) {
        List<String> users = new ArrayList<>();
        for (ReferenceHolder holder : holders) {
            users.addAll(holder.referencesTo(type, id, NAMED - users.size()));
            if (users.size() >= NAMED) {
                break;
            }
        }
        if (!users.isEmpty()) {
            throw new Conflict(what + " is still used by " + String.join(", ", users)
                    + "; remove those references first");
        }
    }

    /** A JPQL condition true when nothing points at the entity whose id is the path {@code idPath}. */
    public String noneAt(Class<?> type, String idPath) {
        List<String> any = holders.stream().flatMap(holder -> holder.pointsAt(type, idPath).stream()).toList();
        return any.isEmpty() ? "1 = 1" : "not (" + String.join(" or ", any) + ")";
    }

    /** Whether content this key may edit as a contributor (its own drafts) points at the entity. */
    public boolean editableBy(Class<?> type, UUID id, String keyId) {
        return holders.stream().anyMatch(holder -> holder.editableBy(type, id, keyId));
    }

    /** Whether any public content points at the entity (what makes an image public). */
    public boolean shownPublicly(Class<?> type, UUID id) {
        return holders.stream().anyMatch(holder -> holder.showsPublicly(type, id));
    }
}
