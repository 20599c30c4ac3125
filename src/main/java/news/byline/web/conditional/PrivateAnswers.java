package news.byline.web.conditional;

import org.jboss.resteasy.reactive.RestResponse;

/** Answers for one key holder only (management, editorial listings): no cache, shared or not, keeps them. */
public final class PrivateAnswers {
    /** The Cache-Control of every answer meant for its key holder only. */
    public static final String CACHE_CONTROL = "private, no-store";

    private PrivateAnswers() {
    }

    public static <T> RestResponse<T> ok(T entity) {
        return RestResponse.ResponseBuilder.ok(entity).header("Cache-Control", CACHE_CONTROL).build();
    }
}
