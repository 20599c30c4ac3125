package news.byline.feed;

import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import news.byline.domain.NotFound;
import org.jboss.resteasy.reactive.RestResponse;

public class FeedResource implements FeedsApi {
    private final FeedService feeds;

    public FeedResource(FeedService feeds) {
        this.feeds = feeds;
    }

    @Override
    public RestResponse<String> feed(String format, String section, String topic, String author, UriInfo uri) {
        FeedFormat feedFormat = FeedFormat.byName(format)
                .orElseThrow(() -> new NotFound("feed format", format));
        return answer(feeds.feed(feedFormat, section, topic, author, uri.getRequestUri().toString()), feedFormat);
    }

    /** The feed in its format's media type, last modified when its newest entry changed. */
    static RestResponse<String> answer(FeedService.Feed feed, FeedFormat feedFormat) {
        RestResponse.ResponseBuilder<String> response = RestResponse.ResponseBuilder.ok(feed.body(), feedFormat.mediaType + ";charset=UTF-8");
        if (feed.lastModified() != null) {
            response.lastModified(Date.from(feed.lastModified()));
        }
        return response.build();
    }
}
