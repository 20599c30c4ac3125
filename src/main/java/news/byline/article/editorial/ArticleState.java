package news.byline.article.editorial;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Locale;
import news.byline.article.Article;
import news.byline.article.ArticleStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article's workflow state and its times, as exported and imported (never taken from API writes). */
@Schema(name = "ArticleState", description = "Workflow state and publication times of an exported article.",
        example = "{\"status\":\"published\",\"publishedAt\":\"2024-04-12T09:31:00Z\",\"firstPublishedAt\":\"2024-04-12T09:31:00Z\"}")
public record ArticleState(
        @NotNull @Pattern(regexp = "draft|scheduled|published|archived", message = "must be one of draft, scheduled, published, archived")
        @Schema(description = "Workflow state.", example = "published") String status,
        @Schema(description = "When the current version was published.", example = "2024-04-12T09:31:00Z") Instant publishedAt,
        @Schema(description = "When the article was first published.", example = "2024-04-12T09:31:00Z") Instant firstPublishedAt,
        @Schema(description = "When a scheduled article goes live.", example = "2030-01-01T07:00:00Z") Instant publishAt) {

    public static ArticleState of(Article article) {
        return new ArticleState(article.status.name().toLowerCase(Locale.ROOT), article.publishedAt,
                article.firstPublishedAt, article.status == ArticleStatus.SCHEDULED ? article.publishAt : null);
    }
}
