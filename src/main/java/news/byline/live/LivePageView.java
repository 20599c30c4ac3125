package news.byline.live;

import java.util.List;
import news.byline.article.ArticleSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a live page shows at the top and first: the story, key points, the pinned post, the timeline and the newest posts. */
@Schema(name = "LivePage", description = "A live page: the story (with its coverage and post count), key points, the pinned "
        + "post, the key events, the newest posts, and where to read older posts and follow new ones.",
        requiredProperties = {"article", "keyPoints", "pinned", "keyEvents", "posts", "links", "structuredData"},
        example = LivePageView.EXAMPLE)
public record LivePageView(
        @Schema(description = "The live page's story; coverage carries status, times, the newest post's time and the post count.") ArticleSummary article,
        @Schema(description = "Key points, in order.", example = "[\"Russian military instructors arrive in Niger\"]") List<String> keyPoints,
        @Schema(nullable = true, description = "The pinned post, if any (it also appears among the posts in its place).") LivePostView pinned,
        @Schema(description = "Key events, newest first (at most 50): the timeline.") List<KeyEventView> keyEvents,
        @Schema(description = "The newest published posts, newest first.") List<LivePostView> posts,
        @Schema(description = "Where to go on.") Links links,
        @Schema(description = "schema.org JSON-LD to embed in the page: LiveBlogPosting with coverage times and the posts shown as "
                + "liveBlogUpdate (BlogPosting each).", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                additionalProperties = Schema.True.class,
                example = "{\"@context\":\"https://schema.org\",\"@type\":\"LiveBlogPosting\",\"liveBlogUpdate\":[]}")
        java.util.Map<String, Object> structuredData) {

    /** The same page with these links (the service knows the posts, the resource the addresses). */
    public LivePageView withLinks(Links addresses) {
        return new LivePageView(article, keyPoints, pinned, keyEvents, posts, addresses, structuredData);
    }

    static final String EXAMPLE = """
            {"article":{"id":"76dc18ab-5fd2-3c91-a6aa-0733e61e8811","slug":"africa-live-updates-on-this-and-other-stories",\
            "type":"live","headline":"Africa Live: Updates on this and other stories"},\
            "keyPoints":["Russian military instructors and an air defence system arrive in Niger"],"pinned":null,\
            "keyEvents":[{"id":"1caabc4e-946e-5ea7-b7d8-9a2d08dad9b4","title":"Russian military instructors arrive in Niger",\
            "publishedAt":"2024-04-12T09:31:00Z"}],"posts":[],\
            "links":{"olderPosts":null,"stream":"http://localhost:8080/api/v1/articles/africa-live/live/stream?lastEventId=1042",\
            "feed":"http://localhost:8080/api/v1/articles/africa-live/live/feed/rss"},\
            "structuredData":{"@context":"https://schema.org","@type":"LiveBlogPosting","liveBlogUpdate":[]}}""";

    @Schema(name = "LivePageLinks", requiredProperties = {"olderPosts", "stream", "feed"},
            example = "{\"olderPosts\":null,\"stream\":\"http://localhost:8080/api/v1/articles/africa-live/live/stream?lastEventId=1042\","
                    + "\"feed\":\"http://localhost:8080/api/v1/articles/africa-live/live/feed/rss\"}",
            description = "Older posts (null when the page shows them all), the event stream and the page's feed of posts.")
    public record Links(
            @Schema(nullable = true, description = "The posts before the last one shown.",
                    example = "http://localhost:8080/api/v1/articles/africa-live/live/posts?cursor=6f1c1c1e-2b0a-4c7e-9a55-0d6f3f1e2a10") String olderPosts,
            @Schema(description = "The page's stream of server-sent events, from the position the page was read at (no event "
                    + "between the read and the connection is lost).",
                    example = "http://localhost:8080/api/v1/articles/africa-live/live/stream?lastEventId=1042") String stream,
            @Schema(description = "The page's posts as RSS (feed/atom and feed/json beside it).",
                    example = "http://localhost:8080/api/v1/articles/africa-live/live/feed/rss") String feed) {
    }
}
