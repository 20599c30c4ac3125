import com.sun.net.httpserver.HttpServer;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A webhook receiver for bench/events-benchmark.sh: answers 204 at once and appends, per delivery, the time
 * it arrived, the event's own time (milliseconds since the epoch), its type and the entity's slug.
 *   java bench/EventReceiver.java PORT FILE
 */
public class EventReceiver {
    private static final Pattern TIME = Pattern.compile("\"time\":\"([^\"]+)\"");
    private static final Pattern TYPE = Pattern.compile("\"type\":\"([^\"]+)\"");
    private static final Pattern SLUG = Pattern.compile("\"slug\":\"([^\"]+)\"");

    public static void main(String[] args) throws IOException {
        PrintWriter out = new PrintWriter(new FileWriter(args[1], StandardCharsets.UTF_8), true);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            long arrived = System.currentTimeMillis();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher time = TIME.matcher(body);
            Matcher type = TYPE.matcher(body);
            Matcher slug = SLUG.matcher(body);
            if (time.find() && type.find() && slug.find()) {
                synchronized (out) {
                    out.println(arrived + " " + Instant.parse(time.group(1)).toEpochMilli() + " " + type.group(1) + " " + slug.group(1));
                }
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }
}
