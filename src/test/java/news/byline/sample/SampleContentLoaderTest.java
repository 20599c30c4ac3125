package news.byline.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
        long articles = Article.count("createdBy", "sample-content");
        long sections = Section.count();
        assertFalse(loader.loadOnce(), "a second load must be a no-op");
        assertEquals(articles, Article.count("createdBy", "sample-content"));
        assertEquals(sections, Section.count());
        assertEquals(29 + FillerGenerator.COUNT, articles);
    }
}
