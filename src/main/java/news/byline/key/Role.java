package news.byline.key;

import java.util.Locale;
import java.util.Set;

/** What a key may do. Each role includes the ones below it: admin ⊃ editor ⊃ contributor. */
public enum Role {
    CONTRIBUTOR, EDITOR, ADMIN;

    public static final String CONTRIBUTOR_NAME = "contributor";
    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role names a key of this role holds, for @RolesAllowed checks. */
    public Set<String> grantedRoles() {
        return switch (this) {
            case CONTRIBUTOR -> Set.of(CONTRIBUTOR_NAME);
            case EDITOR -> Set.of(CONTRIBUTOR_NAME, EDITOR_NAME);
            case ADMIN -> Set.of(CONTRIBUTOR_NAME, EDITOR_NAME, ADMIN_NAME);
        };
    }
}
