package news.byline.article;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.byline.author.Author;
import news.byline.content.QueriedReferences;
import news.byline.image.Image;
import news.byline.section.Section;
import news.byline.topic.Topic;

/** Stories in any state (unpublished ones unnamed) and published ones (for what they make public) that point at a section, topic, author, image (lead or in the body) or another story. */
@Singleton
class ArticleReferences extends QueriedReferences {
    /** Published stories by slug; the others unnamed (null), since the one deleting may not see them. */
    private static final String SHOWN = "select case when a.status = news.byline.article.ArticleStatus.PUBLISHED"
            + " then a.slug end as shown ";

    private static final String PUBLISHED_ID = "select a.id ";
    private static final String PUBLISHED = "a.status = news.byline.article.ArticleStatus.PUBLISHED";
    private static final String DRAFT = "news.byline.article.ArticleStatus.DRAFT";

    /** A contributor's own drafts (what it may edit) that show the image, lead or in the body. */
    private static final List<String> OWN_DRAFTS_SHOWING = List.of(
            "select a.id from Article a where a.leadImage.id = :id and a.createdBy = :key and a.status = " + DRAFT,
            "select a.id from Article a join a.bodyImageIds i where i = :id and a.createdBy = :key and a.status = " + DRAFT);

    private final EntityManager entityManager;

    public ArticleReferences(EntityManager entityManager) {
        super(entityManager, "article", Map.of(
                Section.class, List.of(SHOWN + "from Article a where a.section.id = :id order by shown"),
                Topic.class, List.of(SHOWN + "from Article a join a.topics t where t.id = :id order by shown"),
                Author.class, List.of("select distinct " + SHOWN.substring("select ".length())
                        + "from Article a join a.contributors c where c.author.id = :id order by shown"),
                Image.class, List.of(SHOWN + "from Article a where a.leadImage.id = :id order by shown",
                        SHOWN + "from Article a join a.bodyImageIds i where i = :id order by shown"),
                Article.class, List.of(SHOWN + "from Article a join a.related r where r.id = :id order by shown")),
                Map.of(Image.class, List.of(PUBLISHED_ID + "from Article a where a.leadImage.id = :id and " + PUBLISHED,
                        PUBLISHED_ID + "from Article a join a.bodyImageIds i where i = :id and " + PUBLISHED)));
        this.entityManager = entityManager;
    }

    @Override
    public boolean editableBy(Class<?> type, UUID id, String keyId) {
        return type == Image.class && OWN_DRAFTS_SHOWING.stream().anyMatch(query -> !entityManager.createQuery(query)
                .setParameter("id", id).setParameter("key", keyId).setMaxResults(1).getResultList().isEmpty());
    }
}
