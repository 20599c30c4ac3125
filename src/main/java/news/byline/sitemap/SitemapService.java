package news.byline.sitemap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import news.byline.article.Article;
import news.byline.article.ArticleStatus;
import news.byline.article.ArticleUrls;
import news.byline.config.BylineConfig;
import news.byline.domain.NotFound;
import news.byline.domain.TextRules;

/**
 * Sitemaps of published articles (sitemaps.org 0.9), written with StAX: an index, pages of at most 50,000
 * URLs, and a Google News sitemap of the last 48 hours. Only the columns a sitemap needs are read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class SitemapService {
    public static final int URLS_PER_SITEMAP = 10_000;
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final Duration NEWS_WINDOW = Duration.ofHours(48);
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final BylineConfig config;

    public SitemapService(BylineConfig config) {
        this.config = config;
    }

    public String index(String baseUrl) {
        long published = Article.count("status", ArticleStatus.PUBLISHED);
        int pages = (int) Math.max(1, (published + URLS_PER_SITEMAP - 1) / URLS_PER_SITEMAP);
        return write(xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (int page = 1; page <= pages; page++) {
                sitemapEntry(xml, baseUrl + "sitemaps/articles-" + page + ".xml");
            }
            sitemapEntry(xml, baseUrl + "sitemaps/news.xml");
            xml.writeEndElement();
        });
    }

    public String articles(int page) {
        long published = Article.count("status", ArticleStatus.PUBLISHED);
        if (page < 1 || (page - 1L) * URLS_PER_SITEMAP >= Math.max(published, 1)) {
            throw new NotFound("sitemap page", Integer.toString(page));
        }
        List<SitemapEntry> entries = Article.getEntityManager().createQuery(
                        "select new news.byline.sitemap.SitemapEntry(a.slug, a.canonicalUrl, a.headline, a.publishedAt, a.updatedAt)"
                                + " from Article a where a.status = :published order by a.publishedAt, a.id", SitemapEntry.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setFirstResult((page - 1) * URLS_PER_SITEMAP).setMaxResults(URLS_PER_SITEMAP).getResultList();
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (SitemapEntry entry : entries) {
                xml.writeStartElement("url");
                element(xml, "loc", url(entry));
                element(xml, "lastmod", entry.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    public String news() {
        List<SitemapEntry> entries = Article.getEntityManager().createQuery(
                        "select new news.byline.sitemap.SitemapEntry(a.slug, a.canonicalUrl, a.headline, a.publishedAt, a.updatedAt)"
                                + " from Article a where a.status = :published and a.publishedAt >= :since order by a.publishedAt desc, a.id",
                        SitemapEntry.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("since", Instant.now().minus(NEWS_WINDOW))
                .setMaxResults(1000) // Google News reads at most 1,000 URLs per sitemap
                .getResultList();
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("news", NEWS_NS);
            for (SitemapEntry entry : entries) {
                xml.writeStartElement("url");
                element(xml, "loc", url(entry));
                element(xml, "lastmod", entry.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
                xml.writeStartElement("news", "news", NEWS_NS);
                xml.writeStartElement("news", "publication", NEWS_NS);
                newsElement(xml, "name", config.publicationName());
                newsElement(xml, "language", "en");
                xml.writeEndElement();
                newsElement(xml, "publication_date", entry.publishedAt().truncatedTo(ChronoUnit.SECONDS).toString());
                newsElement(xml, "title", entry.headline());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private String url(SitemapEntry entry) {
        return ArticleUrls.canonical(config.siteUrl(), entry.slug(), entry.canonicalUrl());
    }

    private static void sitemapEntry(XMLStreamWriter xml, String location) throws XMLStreamException {
        xml.writeStartElement("sitemap");
        element(xml, "loc", location);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(TextRules.xmlSafe(text));
        xml.writeEndElement();
    }

    private static void newsElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("news", name, NEWS_NS);
        xml.writeCharacters(TextRules.xmlSafe(text));
        xml.writeEndElement();
    }

    private static String write(XmlBody body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(SITEMAP_NS);
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write sitemap", e);
        }
        return out.toString();
    }

    @FunctionalInterface
    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }
}
