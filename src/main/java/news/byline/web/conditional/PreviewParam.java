package news.byline.web.conditional;

import news.byline.web.problem.ProblemException;

/**
 * The {@code preview} query parameter: an editor's read of what stands now, answered with the entity's version
 * as its ETag (what If-Match takes) and never kept by a cache.
 */
public final class PreviewParam {
    /** How a preview answers: for the key holder only, stored nowhere. */
    public static final String CACHE_CONTROL = "private, no-store";
    /** The parameter's description on routes of content without drafts (sections, collections). */
    public static final String EDITOR_READ = "true: the current state for a key that may edit it, with its version as the ETag "
            + "to send as If-Match; without such a key the answer is 404.";

    private PreviewParam() {
    }

    /** Whether a preview was asked for; anything but true or false is a 400. */
    public static boolean requested(String preview) {
        if (preview == null || preview.equals("false")) {
            return false;
        }
        if (preview.equals("true")) {
            return true;
        }
        throw ProblemException.invalidParameter("preview", "must be true or false");
    }
}
