package news.byline.article;

/** The editorial form of a story; front ends style them differently. */
public enum ArticleType {
    STORY, FEATURE, ANALYSIS, LIVE, EXPLAINER, OPINION, VIDEO, GALLERY
}
