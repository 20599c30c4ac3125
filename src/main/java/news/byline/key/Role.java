package news.byline.key;

import java.util.Locale;
import java.util.Set;

/**
 * What a key may do. Each editorial role includes the ones below it: admin ⊃ editor ⊃ contributor. A delivery
 * key stands apart: it reads what anonymous readers read (published content, from the response cache) on a
 * budget of its own, for a front end's server or build, and may write nothing.
 */
public enum Role {
    DELIVERY, CONTRIBUTOR, EDITOR, ADMIN;

    public static final String DELIVERY_NAME = "delivery";
    public static final String CONTRIBUTOR_NAME = "contributor";
    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role names a key of this role holds, for @RolesAllowed checks. */
    public Set<String> grantedRoles() {
        return switch (this) {
            case DELIVERY -> Set.of(DELIVERY_NAME);
            case CONTRIBUTOR -> Set.of(CONTRIBUTOR_NAME);
            case EDITOR -> Set.of(CONTRIBUTOR_NAME, EDITOR_NAME);
            case ADMIN -> Set.of(CONTRIBUTOR_NAME, EDITOR_NAME, ADMIN_NAME);
        };
    }
}
