package news.byline.article;

import news.byline.domain.Actor;
import news.byline.domain.Versioned;

/**
 * A story as it stands (draft, scheduled…) for a caller who may edit it: what {@code GET ?preview=true}
 * answers. The editorial workflow implements it; reading knows nothing of who may edit what.
 */
public interface ArticlePreviews {

    /** The article in its current state, with its version; not found (404) for a caller who may not edit it, anonymous included. */
    Versioned<ArticleView> preview(String idOrSlug, BodyFormat format, Actor caller);
}
