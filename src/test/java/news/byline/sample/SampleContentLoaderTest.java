package news.byline.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import news.byline.SeedPageFixture;
import news.byline.article.Article;
import news.byline.article.editorial.ArticleRevision;
import news.byline.image.Image;
import news.byline.section.Section;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SampleContentLoaderTest {

    @Inject
    SampleContentLoader loader;

    @Test
    void loadsOnceOnly() throws IOException {
        long articles = Article.count();
        long sections = Section.count();
        assertFalse(loader.loadOnce(), "a second load must be a no-op");
        assertEquals(articles, Article.count());
        assertEquals(sections, Section.count());
        assertTrue(articles >= linesOfKind("article"), "every story of the sample file is in");
    }

    /** The sample goes through the import path: each story has the revision an import keeps (and, with it, its event). */
    @Test
    void comesInThroughTheImportPath() {
        Article niger = Article.find("slug", SeedPageFixture.NIGER).firstResult();
        assertNotNull(niger, "the seed page's story is in");
        ArticleRevision first = ArticleRevision.find("key.articleId = ?1 order by key.number", niger.id).firstResult();
        assertEquals("imported", first.summary);
        assertEquals("sample-content", first.createdBy);
        assertNotNull(Image.<Image>find("slug", "niger-russia-flags").firstResult().storageKey,
                "a picture the file names by path was uploaded, so Byline serves it and its renditions");
    }

    /** The file's times move with the load: the newest story reads as a quarter of an hour old, not as of when the file was written. */
    @Test
    void theNewestStoryIsRecentWheneverTheSampleIsLoaded() {
        Instant newest = Article.getEntityManager().createQuery("select max(a.publishedAt) from Article a where a.createdBy = 'sample-content'",
                Instant.class).getSingleResult();
        assertTrue(newest.isAfter(Instant.now().minus(Duration.ofHours(2))), "newest sample story published at " + newest);
    }

    private static long linesOfKind(String kind) throws IOException {
        try (InputStream in = SampleContentLoaderTest.class.getClassLoader().getResourceAsStream(SampleContentLoader.CONTENT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.contains("\"kind\":\"" + kind + "\"")).count();
        }
    }
}
