package news.byline.article;

/** Where an article is in its life; only PUBLISHED is ever visible on public routes. */
public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, ARCHIVED
}
