package news.byline.article;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * A story as it stands (draft, scheduled…) for a caller who may edit it: what {@code GET ?preview=true}
 * answers. The editorial workflow implements it; reading knows nothing of who may edit what.
 */
public interface ArticlePreviews {

    /** The article in its current state; not found (404) for a caller who may not edit it, anonymous included. */
    ArticleView preview(String idOrSlug, BodyFormat format, SecurityIdentity caller);
}
