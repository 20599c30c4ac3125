package news.byline.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import news.byline.article.BylineView;
import news.byline.article.ResolvedBodies;
import news.byline.article.body.Block;
import news.byline.article.body.BlockInput;
import news.byline.article.body.BodyCodec;

/** Turns posts into the records readers and editors see, and back into the input a revision keeps. */
@ApplicationScoped
class LivePostMapper {
    private final BodyCodec bodyCodec;
    private final ResolvedBodies bodies;

    LivePostMapper(BodyCodec bodyCodec, ResolvedBodies bodies) {
        this.bodyCodec = bodyCodec;
        this.bodies = bodies;
    }

    /** Posts of one page, in order, their bodies resolved together (a fixed number of statements for any number). */
    List<LivePostView> views(List<LivePost> posts, String pageUrl) {
        Map<UUID, List<Block>> stored = new LinkedHashMap<>();
        posts.forEach(post -> stored.put(post.id, bodyCodec.read(post.body)));
        Map<UUID, List<Block>> resolved = bodies.resolve(stored);
        return posts.stream().map(post -> view(post, resolved.get(post.id), pageUrl)).toList();
    }

    LivePostView view(LivePost post, String pageUrl) {
        return views(List.of(post), pageUrl).get(0);
    }

    LivePostInput input(LivePost post) {
        return new LivePostInput(post.title, bodyCodec.read(post.body).stream().map(BlockInput::of).toList(),
                post.contributors.stream().map(author -> author.slug).toList(), post.keyEvent, post.pinned,
                post.status.name().toLowerCase(Locale.ROOT), post.publishAt);
    }

    private static LivePostView view(LivePost post, List<Block> body, String pageUrl) {
        List<BylineView.Contributor> contributors = post.contributors.stream()
                .map(a -> new BylineView.Contributor(a.id, a.slug, a.name, a.jobTitle, null, null)).toList();
        return new LivePostView(post.id, post.page.id, post.title, body, contributors, post.keyEvent, post.pinned,
                post.status.name().toLowerCase(Locale.ROOT), post.publishedAt,
                post.status == LivePostStatus.SCHEDULED ? post.publishAt : null, post.updatedAt, pageUrl + "#post-" + post.id);
    }
}
