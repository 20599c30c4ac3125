package news.byline.article.editorial;

import io.quarkus.security.identity.SecurityIdentity;
import news.byline.article.Article;
import news.byline.key.Role;

/** Who is writing: the key's name and whether it may edit everyone's content or only its own drafts. */
public record Actor(String name, boolean editor) {

    public static Actor of(SecurityIdentity identity) {
        return new Actor(identity.getPrincipal().getName(), identity.hasRole(Role.EDITOR_NAME));
    }

    /** Editors see every story; contributors published ones and their own. */
    public boolean maySee(Article article) {
        return editor || article.isPublic() || name.equals(article.createdBy);
    }

    static Actor system(String name) {
        return new Actor(name, true);
    }
}
