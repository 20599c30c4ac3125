package news.byline.sitemap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

@QuarkusTest
class SitemapResourceTest {
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private static void validate(String xml) throws Exception {
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SitemapResourceTest.class.getResource("/sitemap/sitemap-0.9.xsd")).newValidator();
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<String> texts(Document document, String namespace, String element) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void indexListsTheArticleSitemapsAndTheNewsSitemap() throws Exception {
        String index = given().get("/sitemap.xml").then().statusCode(200).contentType("application/xml").extract().asString();
        validate(index);
        List<String> locations = texts(parse(index), SITEMAP_NS, "loc");
        assertTrue(locations.get(0).endsWith("/sitemaps/articles-1.xml"));
        assertTrue(locations.get(locations.size() - 1).endsWith("/sitemaps/news.xml"));
    }

    @Test
    void articleSitemapHoldsEveryPublishedArticleAndNoDraft() throws Exception {
        String sitemap = given().get("/sitemaps/articles-1.xml").then().statusCode(200).extract().asString();
        validate(sitemap);
        Document document = parse(sitemap);
        List<String> urls = texts(document, SITEMAP_NS, "loc");
        long published = given().get("/api/v1/articles?pageSize=1").then().extract().jsonPath().getLong("meta.total");
        assertEquals(published, urls.size());
        assertTrue(urls.stream().anyMatch(u -> u.endsWith("/russian-troops-arrive-in-niger-as-military-agreement-begins")));
        assertTrue(urls.stream().noneMatch(u -> u.endsWith("/niger-junta-sets-out-plans-for-a-longer-transition")));
        assertEquals(urls.size(), texts(document, SITEMAP_NS, "lastmod").size());
        given().get("/sitemaps/articles-2.xml").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void newsSitemapHoldsTheLastTwoDays() throws Exception {
        String news = given().get("/sitemaps/news.xml").then().statusCode(200).extract().asString();
        validate(news);
        Document document = parse(news);
        List<String> titles = texts(document, NEWS_NS, "title");
        assertTrue(titles.contains("Russian troops arrive in Niger as military agreement begins"));
        assertTrue(titles.stream().noneMatch(t -> t.equals("How Russia has rebranded Wagner in Africa")), "three days old");
        assertEquals(titles.size(), texts(document, NEWS_NS, "publication_date").size());
        assertTrue(texts(document, NEWS_NS, "name").stream().allMatch(n -> n.equals("Byline")));
    }
}
