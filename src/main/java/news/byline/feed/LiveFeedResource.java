package news.byline.feed;

import jakarta.ws.rs.core.UriInfo;
import news.byline.domain.NotFound;
import org.jboss.resteasy.reactive.RestResponse;

public class LiveFeedResource implements LiveFeedsApi {
    private final FeedService feeds;

    public LiveFeedResource(FeedService feeds) {
        this.feeds = feeds;
    }

    @Override
    public RestResponse<String> feed(String idOrSlug, String format, UriInfo uri) {
        FeedFormat feedFormat = FeedFormat.byName(format).orElseThrow(() -> new NotFound("feed format", format));
        return FeedResource.answer(feeds.liveFeed(feedFormat, idOrSlug, uri.getRequestUri().toString()), feedFormat);
    }
}
