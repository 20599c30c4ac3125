package news.byline.article;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import news.byline.author.Author;
import news.byline.content.QueriedReferences;
import news.byline.image.Image;
import news.byline.section.Section;
import news.byline.topic.Topic;

/** Stories in any state that point at a section, topic, author, image (lead or in the body) or another story. */
@Singleton
public class ArticleReferences extends QueriedReferences {

    public ArticleReferences(EntityManager entityManager) {
        super(entityManager, "article", Map.of(
                Section.class, List.of("select a.slug from Article a where a.section.id = :id order by a.slug"),
                Topic.class, List.of("select a.slug from Article a join a.topics t where t.id = :id order by a.slug"),
                Author.class, List.of("select distinct a.slug from Article a join a.contributors c where c.author.id = :id order by a.slug"),
                Image.class, List.of("select a.slug from Article a where a.leadImage.id = :id order by a.slug",
                        "select a.slug from Article a join a.bodyImageIds i where i = :id order by a.slug"),
                Article.class, List.of("select a.slug from Article a join a.related r where r.id = :id order by a.slug")));
    }
}
