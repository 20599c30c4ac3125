package news.byline.key;

import io.quarkus.security.identity.SecurityIdentity;
import news.byline.domain.Actor;

/**
 * A request's key as services know callers: its name and whether its role may edit everyone's content. A
 * delivery key (or none) is an anonymous reader: it sees published content only.
 */
public final class Callers {

    private Callers() {
    }

    public static Actor of(SecurityIdentity identity) {
        if (identity.isAnonymous() || !identity.hasRole(Role.CONTRIBUTOR_NAME)) {
            return Actor.anonymous();
        }
        return new Actor(identity.getPrincipal().getName(), identity.hasRole(Role.EDITOR_NAME));
    }
}
