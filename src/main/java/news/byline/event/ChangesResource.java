package news.byline.event;

import jakarta.ws.rs.core.UriInfo;
import news.byline.web.paging.QueryParams;

public class ChangesResource implements ChangesApi {
    private final ChangeFeed feed;

    public ChangesResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @Override
    public ChangePage list(String since, String limit, UriInfo uri) {
        int size = QueryParams.intInRange("limit", limit, 100, 1, 500);
        return ChangePage.of(feed.after(since, size), size, uri);
    }
}
