package news.byline.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.byline.article.body.Block;
import news.byline.article.body.BodyRenderer;
import news.byline.article.body.Inline;
import org.junit.jupiter.api.Test;

class BodyRendererTest {

    @Test
    void escapesTextAndAttributes() {
        String html = BodyRenderer.html(List.of(
                new Block.Paragraph(List.of(new Inline.Text("<script>alert(1)</script> & more"))),
                new Block.Quote("\"quoted\" <b>", "Someone <i>")));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
        assertTrue(html.contains("<footer>Someone &lt;i&gt;</footer>"));
    }

    @Test
    void dropsLinksWithUnsafeSchemesButKeepsTheirText() {
        String html = BodyRenderer.html(List.of(new Block.Paragraph(List.of(
                new Inline.Link("click", "javascript:alert(1)", null, List.of()),
                new Inline.Link(" data", "data:text/html,hi", null, List.of()),
                new Inline.Link(" ok", "https://example.com/a?b=1&c=2", null, List.of()),
                new Inline.Link(" relative", "/news/world", null, List.of())))));
        assertFalse(html.contains("javascript:"));
        assertFalse(html.contains("data:"));
        assertTrue(html.startsWith("<p>click data<a href=\"https://example.com/a?b=1&amp;c=2\"> ok</a>"));
        assertTrue(html.contains("<a href=\"/news/world\"> relative</a>"));
    }

    @Test
    void anAddressThatAPageWouldTurnIntoAnotherSchemeOrSiteIsUnsafe() {
        for (String unsafe : List.of("jav&#x61;script:alert(1)", "&#106;avascript:alert(1)", "java&Tab;script:x",
                "//evil.example/path", "\\\\evil.example", "/\\evil.example", " https://example.com",
                "https://", "https:///path", "mailto:x@example.com", "http://exa mple.com")) {
            assertFalse(BodyRenderer.isSafeHref(unsafe), unsafe);
        }
        for (String safe : List.of("https://example.com/a?b=1&c=2", "http://example.com", "/news/world",
                "#section", "?page=2", "relative/path", "https://example.com/?copy=1&copyright=2")) {
            assertTrue(BodyRenderer.isSafeHref(safe), safe);
        }
    }

    @Test
    void rendersEmphasisListsAndHeadings() {
        String html = BodyRenderer.html(List.of(
                new Block.Heading(2, "Why"),
                new Block.Paragraph(List.of(new Inline.Text("a "), new Inline.Text("b", List.of(Inline.Mark.EMPHASIS)))),
                new Block.ListBlock(true, List.of("one", "two"))));
        assertEquals("<h2>Why</h2><p>a <em>b</em></p><ol><li>one</li><li>two</li></ol>", html);
    }

    @Test
    void plainTextAndWordCount() {
        List<Block> blocks = List.of(
                new Block.Paragraph(List.of(new Inline.Text("Three little words."))),
                new Block.Quote("Two more", "Someone"));
        assertEquals("Three little words.\n\n\u201cTwo more\u201d \u2014 Someone", BodyRenderer.text(blocks));
        assertEquals(7, BodyRenderer.wordCount(blocks));
    }
}
