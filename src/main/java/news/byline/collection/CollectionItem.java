package news.byline.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import news.byline.article.Article;
import news.byline.image.Image;

/** One entry of a collection: either one of our articles or a promo for something elsewhere. */
@Embeddable
public class CollectionItem {
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    public Article article;
    @Column(name = "promo_title")
    public String promoTitle;
    @Column(name = "promo_summary")
    public String promoSummary;
    @Column(name = "promo_url")
    public String promoUrl;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "promo_image_id")
    public Image promoImage;
    /** Label naming where the item comes from ("iPlayer", "Sport"). */
    public String attribution;

    public static CollectionItem article(Article article, String attribution) {
        CollectionItem item = new CollectionItem();
        item.article = article;
        item.attribution = attribution;
        return item;
    }

    public static CollectionItem promo(String title, String summary, String url, Image image, String attribution) {
        CollectionItem item = new CollectionItem();
        item.promoTitle = title;
        item.promoSummary = summary;
        item.promoUrl = url;
        item.promoImage = image;
        item.attribution = attribution;
        return item;
    }
}
