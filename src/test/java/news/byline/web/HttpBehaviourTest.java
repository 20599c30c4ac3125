package news.byline.web;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static news.byline.SeedPageFixture.NIGER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import news.byline.cache.ResponseCache;
import news.byline.domain.Version;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpBehaviourTest {
    private static final List<String> PUBLIC_GETS = List.of(
            "/api/v1/articles", "/api/v1/articles/" + NIGER, "/api/v1/authors", "/api/v1/authors/chris-ewokor",
            "/api/v1/authors/chris-ewokor/articles", "/api/v1/topics", "/api/v1/topics/niger", "/api/v1/topics/niger/articles",
            "/api/v1/sections", "/api/v1/sections/news/world", "/api/v1/sections/news/world/articles", "/api/v1/navigation",
            "/api/v1/images/niger-russia-flags", "/api/v1/collections", "/api/v1/collections/top-stories", "/api/v1/most-read");

    @Inject
    ResponseCache cache;

    @Test
    void everyGetHasAStrongEtagAndPublicCacheControlAndAnswers304() {
        for (String route : PUBLIC_GETS) {
            String etag = given().get(route).then().statusCode(200)
                    .header("ETag", startsWith("\""))
                    .header("Cache-Control", containsString("public"))
                    .header("Cache-Control", containsString("s-maxage"))
                    .extract().header("ETag");
            given().header("If-None-Match", etag).get(route).then().statusCode(304).header("ETag", is(etag))
                    .header("Cache-Control", containsString("public")).header("Surrogate-Key", nullValue());
            given().header("If-None-Match", "\"something-else\"").get(route).then().statusCode(200);
        }
    }

    @Test
    void responsesNameTheEntitiesTheyShowForCdnPurging() {
        String article = given().get("/api/v1/articles/" + NIGER).then().extract().path("id");
        String section = given().get("/api/v1/sections/news/world/africa").then().extract().path("id");
        var detail = given().get("/api/v1/articles/" + NIGER);
        detail.then()
                .header("Surrogate-Key", startsWith(article + " "))
                .header("Surrogate-Key", containsString(section));
        assertEquals(detail.header("Surrogate-Key").replace(' ', ','), detail.header("Cache-Tag"));
        given().get("/api/v1/sections/news/world/africa/articles").then()
                .header("Surrogate-Key", startsWith("articles "))
                .header("Surrogate-Key", containsString(article));
        given().get("/api/v1/feeds/rss").then().header("Surrogate-Key", is("articles article-text topics authors images"))
                .header("Cache-Tag", is("articles,article-text,topics,authors,images"));
        given().queryParam("q", "niger").get("/api/v1/articles").then().header("Surrogate-Key", startsWith("articles article-text "));
    }

    @Test
    void articleHonoursIfModifiedSince() {
        String lastModified = given().get("/api/v1/articles/" + NIGER).then().extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified).get("/api/v1/articles/" + NIGER).then().statusCode(304);
        given().header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").get("/api/v1/articles/" + NIGER).then().statusCode(200);
    }

    @Test
    void unknownRouteIsAProblem() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404)).body("title", is("Not found")).body("type", is("/problems/not-found"));
        given().get("/elsewhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void wrongMethodIsAProblem() {
        given().auth().oauth2(keyFor("editor")).delete("/api/v1/articles").then().statusCode(405)
                .contentType("application/problem+json").body("status", is(405))
                .header("Allow", is("GET, HEAD, OPTIONS, POST"));
        given().auth().oauth2(keyFor("editor")).contentType("application/merge-patch+json").body("{}")
                .patch("/api/v1/navigation").then().statusCode(405).header("Allow", is("GET, HEAD, OPTIONS"));
        given().post("/sitemap.xml").then().statusCode(405).header("Allow", is("GET, HEAD, OPTIONS"));
        given().delete("/api/v1/articles").then().statusCode(401); // without a key, a write is refused before anything else
    }

    /** OPTIONS names the methods of the path itself, not of every route its resource class holds. */
    @Test
    void optionsNamesWhatThePathAnswers() {
        Map<String, String> allowed = Map.of(
                "/api/v1/articles", "GET, HEAD, OPTIONS, POST",
                "/api/v1/articles/" + NIGER, "DELETE, GET, HEAD, OPTIONS, PATCH, PUT",
                "/api/v1/articles/" + NIGER + "/publish", "OPTIONS, POST",
                "/api/v1/sections/news/world", "DELETE, GET, HEAD, OPTIONS, PATCH, PUT",
                "/api/v1/authors/chris-ewokor/articles", "GET, HEAD, OPTIONS",
                "/api/v1/navigation", "GET, HEAD, OPTIONS",
                "/sitemaps/articles-1.xml", "GET, HEAD, OPTIONS");
        allowed.forEach((path, methods) -> given().options(path).then().statusCode(204).header("Allow", is(methods)));
        given().options("/api/v1/nothing-here").then().statusCode(404);
    }

    @Test
    void unacceptableMediaTypeIsAProblem() {
        given().accept("application/xml").get("/api/v1/articles").then().statusCode(406)
                .contentType("application/problem+json").body("status", is(406));
    }

    @Test
    void unsupportedContentTypeIsAProblem() {
        given().contentType("application/xml").body("<view/>").post("/api/v1/articles/" + NIGER + "/views").then()
                .statusCode(415).contentType("application/problem+json").body("status", is(415));
    }

    /** A chunked body says no length, so the 2 MB limit could only be checked after reading it all. */
    @Test
    void chunkedJsonIsRefusedWithoutBeingRead() throws Exception {
        byte[] json = "{\"name\":\"Chunked\"}".getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/topics"))
                .header("Authorization", "Bearer " + keyFor("editor"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))).build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());
        assertEquals(411, answer.statusCode());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        given().get("/api/v1/topics/chunked").then().statusCode(404);
    }

    @Test
    void aChunkedUploadIsCutOffAtTheImageLimitWhileItArrives() throws Exception {
        long sent = 64L << 20; // the test image limit is 1 MB; the server-wide cap is 512 MB
        AtomicLong taken = new AtomicLong();
        byte[] head = ("--cut\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nHuge\r\n--cut\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"huge.png\"\r\nContent-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        InputStream body = new SequenceInputStream(new ByteArrayInputStream(head), new InputStream() {
            @Override
            public int read() {
                return taken.incrementAndGet() <= sent ? 0 : -1;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                int count = (int) Math.min(length, sent - taken.get());
                taken.addAndGet(Math.max(count, 0));
                return count <= 0 ? -1 : count;
            }
        });
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/images"))
                .header("Authorization", "Bearer " + keyFor("editor"))
                .header("Content-Type", "multipart/form-data; boundary=cut")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
        int status;
        try {
            status = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(chunked, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException closedWhileSending) {
            status = 413; // the server answered and closed the connection before the client read the answer
        }
        assertEquals(413, status);
        assertTrue(taken.get() < 16L << 20, "the server stopped reading after " + taken.get() + " bytes of " + sent);
    }

    @Test
    void oversizedJsonIsRefusedBeforeItIsRead() {
        String huge = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024 + 1) + "\"}";
        given().auth().oauth2(news.byline.ApiKeysFixture.keyFor("editor")).contentType("application/json")
                .body(huge.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/topics").then()
                .statusCode(413).contentType("application/problem+json").body("status", is(413));
    }

    @Test
    void problemsNeverCarryStackTraces() {
        given().queryParam("page", "x").get("/api/v1/articles").then().statusCode(400)
                .body(not(containsString("Exception")))
                .body(not(containsString("at news.byline")));
    }

    @Test
    void corsAllowsReadsFromAnyOriginWithAnAnswerCachesMayShare() {
        String list = "/api/v1/articles?pageSize=13";
        for (String origin : List.of("https://front.example", "https://other.example")) { // a render, then a cache hit
            given().header("Origin", origin).get(list).then().statusCode(200)
                    .header("Access-Control-Allow-Origin", is("*"))
                    .header("Access-Control-Expose-Headers", containsString("ETag"));
        }
        assertTrue(cache.get(list).headers().stream().noneMatch(header -> header.getKey().startsWith("Access-Control")));
        given().header("Origin", "https://third.example").get("/api/v1/articles/nothing-here").then().statusCode(404)
                .header("Access-Control-Allow-Origin", is("*"));
        given().header("Origin", "https://front.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/articles").then().statusCode(200)
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }

    @Test
    void keyHeadersStayWithinWhatCdnsAndHttpClientsTakeOnEveryRoutesLargestPage() {
        List<String> largest = new java.util.ArrayList<>(List.of("/api/v1/changes?limit=500", "/api/v1/most-read?limit=50",
                "/api/v1/articles?q=niger&pageSize=100", "/api/v1/articles?pageSize=100&fields=id,headline"));
        for (String route : PUBLIC_GETS) {
            boolean paged = given().queryParam("pageSize", 100).get(route).statusCode() == 200;
            largest.add(paged ? route + "?pageSize=100" : route);
        }
        List<String> namedByKind = new java.util.ArrayList<>();
        for (String route : largest) {
            io.restassured.response.Response answer = given().urlEncodingEnabled(false).get(route);
            assertEquals(200, answer.statusCode(), route);
            int all = answer.headers().asList().stream().mapToInt(h -> h.getName().length() + h.getValue().length() + 4).sum();
            assertTrue(answer.header("Surrogate-Key").length() <= 6_000, route);
            assertTrue(answer.header("Cache-Tag").length() <= 6_000, route);
            assertTrue(all < 16_384, route + " answers " + all + " bytes of headers");
            if (List.of(answer.header("Surrogate-Key").split(" ")).containsAll(List.of("article-text", "topics", "images", "collections"))) {
                namedByKind.add(route);
            }
        }
        assertTrue(namedByKind.contains("/api/v1/changes?limit=500"), "a page too large to name its items names every kind's key "
                + "instead; those that did: " + namedByKind);
    }

    @Test
    void aNumberHasOneSpellingSoCachesHoldOneCopy() {
        given().get("/api/v1/articles?page=2").then().statusCode(200);
        for (String spelling : List.of("0002", "+2", "%202", "2%20", "02")) {
            given().urlEncodingEnabled(false).get("/api/v1/articles?page=" + spelling).then().statusCode(400)
                    .body("errors[0].field", is("page"));
        }
        given().urlEncodingEnabled(false).get("/api/v1/most-read?limit=05").then().statusCode(400);
        given().get("/sitemaps/articles-1.xml").then().statusCode(200);
        given().get("/sitemaps/articles-01.xml").then().statusCode(404);
    }

    @Test
    void compressesJsonWhenAsked() {
        given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip").get("/api/v1/articles?pageSize=100").then().statusCode(200)
                .header("Content-Encoding", is("gzip"));
    }

    @Test
    void healthChecksTheDatabaseAndMetricsAreServed() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
        given().auth().oauth2(keyFor("admin")).get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(notNullValue());
    }
}
