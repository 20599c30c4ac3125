package news.byline.popularity;

import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.RestResponse;

public class ViewBeaconResource implements ViewBeaconApi {
    private final PopularityService popularity;

    public ViewBeaconResource(PopularityService popularity) {
        this.popularity = popularity;
    }

    @Override
    public RestResponse<Void> view(String idOrSlug, HttpServerRequest request) {
        popularity.recordView(idOrSlug, request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress());
        return RestResponse.noContent();
    }
}
