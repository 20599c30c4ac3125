package news.byline.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/** A webhook receiver on this machine that records what it gets and answers as told (status by request number, delay). */
final class Receiver implements AutoCloseable {
    record Request(String path, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile String failureAnswer = "busy";

    /** statusOfRequest: from the request's number (1, 2…) to the status to answer; delayMillis before answering. */
    Receiver(IntUnaryOperator statusOfRequest, long delayMillis) throws IOException {
        this(0, statusOfRequest, delayMillis);
    }

    /** On a given port (0: any free one). */
    Receiver(int port, IntUnaryOperator statusOfRequest, long delayMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                Map<String, String> headers = new java.util.HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
                received.add(new Request(exchange.getRequestURI().getPath(), headers,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                int status = statusOfRequest.applyAsInt(count.incrementAndGet());
                Thread.sleep(delayMillis);
                byte[] answer = (status >= 300 ? failureAnswer : "ok").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** A receiver that answers 200 at once, then sends its body a byte every 100 ms for a minute. */
    static Receiver trickling() throws IOException {
        Receiver receiver = answering(200);
        receiver.server.removeContext("/");
        receiver.server.createContext("/", exchange -> {
            try (exchange) {
                receiver.received.add(new Request(exchange.getRequestURI().getPath(), Map.of(),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(200, 0);
                for (int i = 0; i < 600; i++) {
                    exchange.getResponseBody().write('.');
                    exchange.getResponseBody().flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException closedByTheClient) {
                // the delivery gave up on the answer: what this receiver is for
            }
        });
        return receiver;
    }

    static Receiver answering(int status) throws IOException {
        return new Receiver(n -> status, 0);
    }

    /** What it answers with a failing status (default "busy"). */
    Receiver failingWith(String answer) {
        this.failureAnswer = answer;
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Request> received() {
        return received;
    }

    /** Waits until at least this many requests came (up to ten seconds); returns them. */
    List<Request> await(int requests) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (received.size() < requests && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
