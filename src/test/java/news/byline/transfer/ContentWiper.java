package news.byline.transfer;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;

/**
 * Empties every content table (not the API keys) as a fresh database would be, but for uploaded pictures: their
 * files are not part of an export (an export names their address), and a migration brings them over first.
 */
final class ContentWiper {
    private static final List<String> STATEMENTS = List.of(
            "delete from page_view_bucket", "delete from article_revision", "delete from collection_item",
            "delete from collection", "delete from live_post_revision", "delete from live_post_image",
            "delete from live_post_contributor", "delete from live_post", "delete from article_related", "delete from article_contributor",
            "delete from article_topic", "delete from article", "delete from author", "delete from topic",
            "update section set parent_id = null", "delete from section", "delete from image where storage_key is null");

    private ContentWiper() {
    }

    static void wipe() {
        STATEMENTS.forEach(sql -> Panache.getEntityManager().createNativeQuery(sql).executeUpdate());
    }
}
