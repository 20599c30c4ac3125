package news.byline.author;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import news.byline.content.QueriedReferences;
import news.byline.image.Image;

/** Authors whose portrait an image is. */
@Singleton
class AuthorReferences extends QueriedReferences {

    public AuthorReferences(EntityManager entityManager) {
        super(entityManager, "author", Map.of(
                Image.class, List.of("select a.slug from Author a where a.portrait.id = :id order by a.slug")));
    }
}
