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
