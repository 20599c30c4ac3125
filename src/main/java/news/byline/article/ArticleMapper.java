package news.byline.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import news.byline.config.BylineConfig;
import news.byline.image.ImageView;
import news.byline.section.SectionRef;
import news.byline.topic.TopicView;

/** Turns article entities into the records clients see. */
@ApplicationScoped
public class ArticleMapper {
    private final BylineConfig config;

    public ArticleMapper(BylineConfig config) {
        this.config = config;
    }

    public ArticleSummary summary(Article article) {
        return new ArticleSummary(article.id, article.slug, article.type.name().toLowerCase(Locale.ROOT),
                article.headline, article.summary, SectionRef.of(article.section),
                article.topics.stream().map(TopicView::ref).toList(), byline(article),
                ImageView.use(article.leadImage, article.leadImageCaption, article.leadImageCredit),
                article.publishedAt, article.firstPublishedAt, article.updatedAt, urls(article), LiveCoverage.of(article), null);
    }

    public ArticleUrls urls(Article article) {
        String canonical = ArticleUrls.canonical(config.siteUrl(), article.slug, article.canonicalUrl);
        return new ArticleUrls(canonical, article.shareUrl != null ? article.shareUrl : canonical);
    }

    private static BylineView byline(Article article) {
        List<BylineView.Contributor> contributors = article.contributors.stream()
                .map(c -> new BylineView.Contributor(c.author.id, c.author.slug, c.author.name, c.author.jobTitle,
                        c.location, c.role))
                .toList();
        if (article.bylineText == null && article.bylineOrganisation == null && contributors.isEmpty()) {
            return null;
        }
        return new BylineView(article.bylineText, article.bylineOrganisation, contributors);
    }
}
