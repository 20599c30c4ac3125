package news.byline.live;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.keyFor;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A live page's stream: published changes reach open readers, a reader that reconnects with Last-Event-ID gets
 * every event it missed in order and none twice (from the instance's window and from the database), drafts never
 * travel, and a page that stops being public ends its streams.
 */
@QuarkusTest
class LiveStreamTest {
    private static final Duration SOON = Duration.ofSeconds(5);

    @Inject
    LivePostService posts;

    private static String stream(String page) {
        return "/api/v1/articles/" + page + "/live/stream";
    }

    @Test
    void aPublishedPostReachesAnOpenReader() throws Exception {
        String page = LiveFixture.publishedPage("live-stream-publish");
        try (EventStreamClient reader = EventStreamClient.open(stream(page), Map.of())) {
            assertEquals(200, reader.status());
            assertEquals("text/event-stream; charset=utf-8", reader.response.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("no-store, no-transform", reader.response.headers().firstValue("Cache-Control").orElseThrow());
            assertEquals("retry", reader.next(SOON).type());
            String post = LiveFixture.publish(page, "Breaking");
            EventStreamClient.Event event = reader.nextOf(SOON, "live-post.published");
            assertNotNull(event, "no event within " + SOON);
            assertTrue(event.data().contains("\"id\":\"" + post + "\""), event.data());
            assertTrue(Long.parseLong(event.id()) > 0);
        }
    }

    @Test
    void aReaderThatReconnectsGetsEverythingItMissedInOrderAndNothingTwice() throws Exception {
        String page = LiveFixture.publishedPage("live-stream-resume");
        String first;
        String lastSeen;
        try (EventStreamClient reader = EventStreamClient.open(stream(page), Map.of())) {
            reader.next(SOON);
            first = LiveFixture.publish(page, "Seen");
            lastSeen = reader.nextOf(SOON, "live-post.published").id();
        }
        String second = LiveFixture.publish(page, "Missed one");
        LiveFixture.create(page, LiveFixture.post("A draft never travels", "draft"), keyFor("editor"));
        String third = LiveFixture.publish(page, "Missed two");
        String etag = given().auth().oauth2(keyFor("editor")).get("/api/v1/articles/" + page + "/live/posts/" + second + "?preview=true")
                .then().extract().header("ETag");
        given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON).header("If-Match", etag)
                .body(LiveFixture.post("Missed one, corrected", "published")).put("/api/v1/articles/" + page + "/live/posts/" + second)
                .then().statusCode(200);
        for (int i = 0; i < 4; i++) { // more than the window of 3 kept in tests: later resumes read the database
            LiveFixture.publish(page, "Filler " + i);
        }
        List<EventStreamClient.Event> resumed = resume(page, lastSeen, 7);
        assertEquals(List.of("live-post.published", "live-post.published", "live-post.updated"),
                resumed.subList(0, 3).stream().map(EventStreamClient.Event::type).toList());
        assertTrue(resumed.get(0).data().contains(second) && resumed.get(1).data().contains(third) && resumed.get(2).data().contains(second));
        assertTrue(resumed.stream().noneMatch(event -> event.data().contains(first) || event.data().contains("A draft")));
        List<Long> ids = resumed.stream().map(event -> Long.parseLong(event.id())).toList();
        assertEquals(ids.stream().sorted().distinct().toList(), ids, "in order, none twice");
        // From the window this time: the last but one event, then one new post, each once.
        try (EventStreamClient reader = EventStreamClient.open(stream(page), Map.of("Last-Event-ID", String.valueOf(ids.get(5))))) {
            String fresh = LiveFixture.publish(page, "Fresh");
            List<EventStreamClient.Event> events = new ArrayList<>();
            EventStreamClient.Event event;
            while ((event = reader.nextOf(SOON, "live-post.published")) != null && events.size() < 2) {
                events.add(event);
            }
            assertEquals(2, events.size());
            assertEquals(String.valueOf(ids.get(6)), events.get(0).id());
            assertTrue(events.get(1).data().contains(fresh));
            assertEquals(List.of(), reader.drain(Duration.ofMillis(500)).stream().filter(e -> e.id() != null).toList());
        }
    }

    private static List<EventStreamClient.Event> resume(String page, String lastEventId, int expected) throws Exception {
        try (EventStreamClient reader = EventStreamClient.open(stream(page), Map.of("Last-Event-ID", lastEventId))) {
            List<EventStreamClient.Event> events = new ArrayList<>();
            EventStreamClient.Event event;
            while (events.size() < expected && (event = reader.nextOf(SOON, "live-post.published", "live-post.updated")) != null) {
                events.add(event);
            }
            assertEquals(expected, events.size(), "missed events resumed: " + events);
            return events;
        }
    }

    @Test
    void theQueryParameterResumesAFirstConnectionFromThePagesPosition() throws Exception {
        String page = LiveFixture.publishedPage("live-stream-first");
        String link = given().get("/api/v1/articles/" + page + "/live").then().extract().path("links.stream");
        String posted = LiveFixture.publish(page, "Between the read and the connection");
        try (EventStreamClient reader = EventStreamClient.open(link.substring(link.indexOf("/api/")), Map.of())) {
            EventStreamClient.Event event = reader.nextOf(SOON, "live-post.published");
            assertNotNull(event);
            assertTrue(event.data().contains(posted));
        }
    }

    @Test
    void aPageThatStopsBeingPublicTellsItsReadersAndEndsTheirStreams() throws Exception {
        String page = LiveFixture.publishedPage("live-stream-unpublish");
        try (EventStreamClient reader = EventStreamClient.open(stream(page), Map.of())) {
            reader.next(SOON);
            given().auth().oauth2(keyFor("editor")).post("/api/v1/articles/" + page + "/unpublish").then().statusCode(200);
            EventStreamClient.Event gone = reader.nextOf(SOON, "article.unpublished");
            assertNotNull(gone);
            assertEquals("end", reader.nextOf(SOON, "end").type());
        }
        given().get(stream(page)).then().statusCode(404);
    }

    @Test
    void pageChangesAndTheEndOfCoverageAreEvents() throws Exception {
        String page = LiveFixture.publishedPage("live-stream-page");
        try (EventStreamClient reader = EventStreamClient.open(stream(page), Map.of())) {
            reader.next(SOON);
            given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON)
                    .body(Map.of("coverageStatus", "live", "keyPoints", List.of("A new point"))).put("/api/v1/articles/" + page + "/live")
                    .then().statusCode(200);
            assertTrue(reader.nextOf(SOON, "live-page.updated").data().contains("A new point"));
            Map<String, Object> pinned = LiveFixture.post("Pinned", "published");
            pinned.put("pinned", true);
            String pin = LiveFixture.create(page, pinned, keyFor("editor"));
            assertTrue(reader.nextOf(SOON, "live-page.updated").data().contains("\"pinnedPostId\":\"" + pin + "\""));
            given().auth().oauth2(keyFor("editor")).contentType(ContentType.JSON)
                    .body(Map.of("coverageStatus", "ended", "keyPoints", List.of())).put("/api/v1/articles/" + page + "/live")
                    .then().statusCode(200);
            assertTrue(reader.nextOf(SOON, "live-page.ended").data().contains("\"status\":\"ended\""));
        }
    }

    @Test
    void aReaderThatCannotKeepUpIsLetGoWithoutHoldingBackTheOthers() throws Exception {
        String page = LiveFixture.publishedPage("live-stream-slow");
        Map<String, Object> paragraph = LiveFixture.paragraph("A long dispatch. ".repeat(250));
        try (Socket slow = new Socket(); EventStreamClient fast = EventStreamClient.open(stream(page), Map.of())) {
            slow.setReceiveBufferSize(4096); // a reader on a poor connection: it reads nothing at all
            slow.connect(new InetSocketAddress("localhost", RestAssured.port));
            slow.getOutputStream().write(("GET " + stream(page) + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            fast.next(SOON);
            List<String> posted = new ArrayList<>();
            for (int i = 0; i < 30; i++) { // about 200 KB each: far more than the slow reader's buffers hold
                Map<String, Object> post = LiveFixture.post("Long " + i, "published");
                post.put("body", java.util.Collections.nCopies(50, paragraph));
                posted.add(LiveFixture.create(page, post, keyFor("editor")));
            }
            for (String id : posted) {
                EventStreamClient.Event event = fast.nextOf(SOON, "live-post.published");
                assertNotNull(event, "the reader that keeps up got every post");
                assertTrue(event.data().contains(id), "in order");
            }
            slow.setSoTimeout((int) SOON.toMillis());
            long read = 0;
            byte[] buffer = new byte[65536];
            for (int n; (n = slow.getInputStream().read(buffer)) != -1; ) { // a timeout here: still connected
                read += n;
            }
            assertTrue(read < 30L * 200_000, "let go before all was sent (" + read + " bytes read)");
        }
    }

    @Test
    void aScheduledPostTravelsWhenItGoesOut() throws Exception {
        String page = LiveFixture.publishedPage("live-stream-scheduled");
        Map<String, Object> later = LiveFixture.post("Scheduled", "scheduled");
        later.put("publishAt", Instant.now().plusSeconds(3600).toString());
        String id = LiveFixture.create(page, later, keyFor("editor"));
        try (EventStreamClient reader = EventStreamClient.open(stream(page), Map.of())) {
            reader.next(SOON);
            assertTrue(posts.dueForPublication(Instant.now().plusSeconds(7200)).contains(UUID.fromString(id)));
            assertTrue(posts.publishIfDue(UUID.fromString(id), Instant.now().plusSeconds(7200)));
            assertTrue(reader.nextOf(SOON, "live-post.published").data().contains(id));
            assertFalse(posts.publishIfDue(UUID.fromString(id), Instant.now().plusSeconds(7200)), "published once");
        }
        given().get("/api/v1/articles/" + page + "/live/posts/" + id).then().statusCode(200).body("status", is("published"));
    }

    @Test
    void idleStreamsGetHeartbeats() throws Exception {
        String page = LiveFixture.publishedPage("live-stream-heartbeat");
        try (EventStreamClient reader = EventStreamClient.open(stream(page), Map.of())) {
            assertNotNull(reader.nextOf(SOON, "comment"), "a heartbeat comment within " + SOON);
        }
    }

    @Test
    void badResumePointsAndUnknownPagesAreRefusedClearly() throws Exception {
        String page = LiveFixture.publishedPage("live-stream-refusals");
        given().header("Last-Event-ID", "yesterday").get(stream(page)).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("Last-Event-ID"));
        given().get(stream(page) + "?lastEventId=-1").then().statusCode(400);
        given().get(stream(page) + "?from=3").then().statusCode(400).body("errors[0].field", is("from"));
        given().get(stream("no-such-live-page")).then().statusCode(404).contentType("application/problem+json");
        given().get(stream("russian-troops-arrive-in-niger-as-military-agreement-begins")).then().statusCode(404);
        try (EventStreamClient reader = EventStreamClient.open(stream(page), Map.of("Last-Event-ID", "999999999999"))) {
            assertEquals("reset", reader.nextOf(SOON, "reset").type());
            String post = LiveFixture.publish(page, "After the reset");
            assertTrue(reader.nextOf(SOON, "live-post.published").data().contains(post));
        }
    }

    @Test
    void anInstanceHoldsNoMoreStreamsThanItMayAndSaysWhenToComeBack() throws Exception {
        String page = LiveFixture.publishedPage("live-stream-cap");
        List<EventStreamClient> open = new ArrayList<>();
        try {
            EventStreamClient refused = null;
            for (int i = 0; i < 20 && refused == null; i++) {
                EventStreamClient reader = EventStreamClient.open(stream(page), Map.of());
                open.add(reader);
                refused = reader.status() == 503 ? reader : null;
            }
            assertNotNull(refused, "a 503 within 20 streams (the test cap is 8)");
            assertTrue(refused.response.headers().firstValue("Retry-After").isPresent());
            assertEquals("application/problem+json", refused.response.headers().firstValue("Content-Type").orElseThrow());
        } finally {
            for (EventStreamClient reader : open) {
                reader.close();
            }
        }
        long until = System.nanoTime() + SOON.toNanos();
        int status = 0;
        while (System.nanoTime() < until && status != 200) {
            try (EventStreamClient again = EventStreamClient.open(stream(page), Map.of())) {
                status = again.status();
            }
        }
        assertEquals(200, status, "streams closed by their readers free their places");
    }
}
