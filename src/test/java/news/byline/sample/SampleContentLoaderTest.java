package news.byline.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import news.byline.article.Article;
import news.byline.section.Section;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SampleContentLoaderTest {

    @Inject
    SampleContentLoader loader;

    @Test
    void loadsOnceOnly() {
        long articles = Article.count();
        long sections = Section.count();
        assertFalse(loader.loadOnce(), "a second load must be a no-op");
        assertEquals(articles, Article.count());
        assertEquals(sections, Section.count());
        assertTrue(articles >= 29 + FillerGenerator.COUNT, "the seed page's 29 stories and the filler");
    }
}
