package news.byline.article.body;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Renders resolved body blocks as HTML or plain text. The HTML is built as a jsoup DOM, so every text and
 * attribute is escaped by the library; links other than http(s) or relative ones are dropped to their text.
 */
public final class BodyRenderer {
    private BodyRenderer() {
    }

    public static String html(List<Block> blocks) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        Element root = document.body();
        blocks.forEach(block -> appendHtml(root, block));
        return root.html();
    }

    public static String text(List<Block> blocks) {
        return blocks.stream().map(BodyRenderer::text).filter(t -> !t.isBlank()).collect(Collectors.joining("\n\n"));
    }

    public static int wordCount(List<Block> blocks) {
        String text = text(blocks).trim();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    /**
     * http(s) addresses with a host, and relative ones, exactly as a front end would write them into a page: no
     * other scheme (javascript:, data:), no character reference that a browser would decode into one
     * ({@code jav&#x61;script:}), no protocol-relative or backslashed address that leaves the site, no spaces.
     */
    public static boolean isSafeHref(String href) {
        if (href == null || href.isBlank() || !href.equals(href.strip()) || href.startsWith("//")
                || href.indexOf('\\') >= 0 || !Parser.unescapeEntities(href, true).equals(href)) {
            return false;
        }
        try {
            URI uri = new URI(href);
            String scheme = uri.getScheme();
            return scheme == null || (scheme.toLowerCase(Locale.ROOT).matches("https?") && uri.getHost() != null);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    // Java 17 has no pattern matching in switch, hence the instanceof chain over the sealed block types.
    private static void appendHtml(Element root, Block block) {
        if (block instanceof Block.Paragraph p) {
            appendInlines(root.appendElement("p"), p.content());
        } else if (block instanceof Block.Heading h) {
            root.appendElement("h" + Math.max(2, Math.min(4, h.level()))).text(h.text());
        } else if (block instanceof Block.Quote q) {
            Element quote = root.appendElement("blockquote");
            quote.appendElement("p").text(q.text());
            if (q.attribution() != null) {
                quote.appendElement("footer").text(q.attribution());
            }
        } else if (block instanceof Block.ListBlock l) {
            Element list = root.appendElement(l.ordered() ? "ol" : "ul");
            l.items().forEach(item -> list.appendElement("li").text(item));
        } else if (block instanceof Block.ImageBlock i) {
            appendFigure(root, i);
        } else if (block instanceof Block.StoryLink s) {
            appendLink(root.appendElement("p").addClass("story-link"), s.url(), s.headline());
        } else if (block instanceof Block.Embed e) {
            appendLink(root.appendElement("figure").addClass("embed"), e.url(), e.title() != null ? e.title() : e.url());
        }
    }

    private static void appendFigure(Element root, Block.ImageBlock block) {
        if (block.image() == null) {
            return;
        }
        Element figure = root.appendElement("figure");
        figure.appendElement("img")
                .attr("src", isSafeHref(block.image().url()) ? block.image().url() : "")
                .attr("alt", block.image().alt() == null ? "" : block.image().alt())
                .attr("width", Integer.toString(block.image().width()))
                .attr("height", Integer.toString(block.image().height()));
        Element caption = figure.appendElement("figcaption");
        if (block.image().caption() != null) {
            caption.appendElement("span").addClass("caption").text(block.image().caption());
        }
        if (block.image().credit() != null) {
            caption.appendElement("span").addClass("credit").text("Image source, " + block.image().credit());
        }
    }

    private static void appendInlines(Element parent, List<Inline> inlines) {
        for (Inline inline : inlines) {
            Element target = parent;
            for (Inline.Mark mark : inline.marks() == null ? List.<Inline.Mark>of() : inline.marks()) {
                target = target.appendElement(mark == Inline.Mark.EMPHASIS ? "em" : "strong");
            }
            if (inline instanceof Inline.Link link) {
                appendLink(target, link.href(), link.text());
            } else {
                target.appendText(inline.text());
            }
        }
    }

    private static void appendLink(Element parent, String href, String text) {
        if (isSafeHref(href)) {
            parent.appendElement("a").attr("href", href.trim()).text(text == null ? href : text);
        } else if (text != null) {
            parent.appendText(text);
        }
    }

    private static String text(Block block) {
        if (block instanceof Block.Paragraph p) {
            return p.content().stream().map(Inline::text).collect(Collectors.joining());
        } else if (block instanceof Block.Heading h) {
            return h.text();
        } else if (block instanceof Block.Quote q) {
            return "\u201c" + q.text() + "\u201d" + (q.attribution() == null ? "" : " \u2014 " + q.attribution());
        } else if (block instanceof Block.ListBlock l) {
            return l.items().stream().map(item -> "- " + item).collect(Collectors.joining("\n"));
        } else if (block instanceof Block.StoryLink s) {
            return s.headline() == null ? "" : s.headline();
        } else if (block instanceof Block.Embed e) {
            return e.title() == null ? "" : e.title();
        }
        return ""; // images carry no body text
    }
}
