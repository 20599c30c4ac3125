package news.byline.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import news.byline.article.Article;
import news.byline.article.ArticleType;

/** What an export writes of live pages: their coverage and key points, and their posts (not tombstones), as import reads them. */
@ApplicationScoped
public class LiveTransfer {
    private final LiveService live;
    private final LivePostMapper mapper;

    LiveTransfer(LiveService live, LivePostMapper mapper) {
        this.live = live;
        this.mapper = mapper;
    }

    /** A live page's coverage and key points; null for another story, or a live page none were set on. */
    public LivePageInput pageLine(Article article) {
        if (article.type != ArticleType.LIVE || article.coverageStatus == null) {
            return null;
        }
        return new LivePageInput(article.coverageStatus.name().toLowerCase(Locale.ROOT), article.coverageStart, article.coverageEnd,
                live.keyPoints(article));
    }

    /** A post as an import line carries it; null for a tombstone, which an import has nothing to write of. */
    public LivePostImport postLine(LivePost post) {
        if (post.status == LivePostStatus.DELETED) {
            return null;
        }
        return new LivePostImport(post.page.id.toString(), mapper.input(post),
                post.status == LivePostStatus.PUBLISHED ? post.publishedAt : null);
    }
}
