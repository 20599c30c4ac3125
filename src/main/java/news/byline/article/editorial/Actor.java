package news.byline.article.editorial;

import io.quarkus.security.identity.SecurityIdentity;
import news.byline.key.Role;

/** Who is writing: the key's name and whether it may edit everyone's content or only its own drafts. */
public record Actor(String name, boolean editor) {

    public static Actor of(SecurityIdentity identity) {
        return new Actor(identity.getPrincipal().getName(), identity.hasRole(Role.EDITOR_NAME));
    }

    static Actor system(String name) {
        return new Actor(name, true);
    }
}
