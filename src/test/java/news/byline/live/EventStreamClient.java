package news.byline.live;

import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A reader of a server-sent-events stream, as an EventSource parses it: events (id, type, data) and comment lines. */
final class EventStreamClient implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Marks the end of the stream in the queue. */
    private static final Event END = new Event(null, "end", null);

    record Event(String id, String type, String data) {
    }

    final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    private EventStreamClient(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "event-stream-client");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    static EventStreamClient open(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return new EventStreamClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    int status() {
        return response.statusCode();
    }

    /** The next event (a comment is an event of type "comment"), or null when none came in time; type "end" when the stream ended. */
    Event next(Duration within) throws InterruptedException {
        return events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next event of one of these types, skipping comments and others; null when none came in time. */
    Event nextOf(Duration within, String... types) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            Event event = next(Duration.ofNanos(Math.max(1, until - System.nanoTime())));
            if (event == null) {
                return null;
            }
            if (List.of(types).contains(event.type()) || event == END) {
                return event;
            }
        }
        return null;
    }

    /** Everything that arrives within the time, in order. */
    List<Event> drain(Duration within) throws InterruptedException {
        List<Event> drained = new ArrayList<>();
        long until = System.nanoTime() + within.toNanos();
        Event event;
        while ((event = next(Duration.ofNanos(Math.max(1, until - System.nanoTime())))) != null) {
            drained.add(event);
            if (event == END) {
                break;
            }
        }
        return drained;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String type = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (type != null || !data.isEmpty()) {
                        events.add(new Event(id, type == null ? "message" : type, data.toString()));
                    }
                    id = null;
                    type = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    events.add(new Event(null, "comment", line));
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("event: ")) {
                    type = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                } else if (line.startsWith("retry: ")) {
                    events.add(new Event(null, "retry", line.substring(7)));
                }
            }
        } catch (IOException e) {
            // closed by the test
        }
        events.add(END);
    }

    @Override
    public void close() throws IOException {
        response.body().close();
        reader.interrupt();
    }
}
