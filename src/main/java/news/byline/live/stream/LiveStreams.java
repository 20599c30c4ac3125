package news.byline.live.stream;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import news.byline.cache.ContentChanged;
import news.byline.cache.ListKey;
import news.byline.config.BylineConfig;
import news.byline.event.StreamEvents;
import news.byline.event.StreamEvents.StreamEvent;
import org.jboss.logging.Logger;

/**
 * The live pages' readers on this instance, and what they are sent. After every sequencing of events (here, or
 * on another instance: its purge of the change feed arrives by the PostgreSQL notification channel) one thread
 * reads the new stream events once, encodes each once, and hands it to every reader of its page, grouped by
 * event loop. The same thread answers resumes: from the latest events it keeps (a window of what it read), else
 * from the database, so that a reader is sent every event it missed in order, and none twice.
 */
@ApplicationScoped
public class LiveStreams {
    private static final Logger LOG = Logger.getLogger(LiveStreams.class);
    private static final int BATCH = 500;

    private final StreamEvents events;
    private final Vertx vertx;
    private final BylineConfig.Live settings;
    private final Map<UUID, Set<StreamReader>> readers = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicBoolean catchUpPending = new AtomicBoolean();
    private final ExecutorService hub = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "byline-live");
        thread.setDaemon(true);
        return thread;
    });
    /** Hub thread only: the last position handed to readers, and the latest frames (positions after windowStart). */
    private long fannedOut = -1;
    private long windowStart;
    private final ArrayDeque<StreamFrame> window = new ArrayDeque<>();
    private long heartbeatTimer;

    public LiveStreams(StreamEvents events, Vertx vertx, BylineConfig config) {
        this.events = events;
        this.vertx = vertx;
        this.settings = config.live();
    }

    void start(@Observes StartupEvent event) {
        hub.execute(this::catchUp);
        heartbeatTimer = vertx.setPeriodic(settings.heartbeat().toMillis(), id -> heartbeat());
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(heartbeatTimer);
        hub.shutdown();
        readers.values().forEach(set -> set.forEach(reader -> reader.context.runOnContext(v -> reader.close())));
    }

    /** After events were sequenced anywhere (the change feed's key purged), or when everything may have changed. */
    void changed(@Observes ContentChanged change) {
        if (change.keys().contains(ListKey.CHANGES.key()) || change.keys().contains(ListKey.EVERYTHING.key())) {
            if (catchUpPending.compareAndSet(false, true)) {
                hub.execute(() -> {
                    catchUpPending.set(false);
                    catchUp();
                });
            }
        }
    }

    /** Whether another stream may open here (counted until {@link #closed}). */
    boolean reserve() {
        if (open.incrementAndGet() > settings.maxStreams()) {
            open.decrementAndGet();
            return false;
        }
        return true;
    }

    void release() {
        open.decrementAndGet();
    }

    int open() {
        return open.get();
    }

    /**
     * Adds a reader of a page, first sending it what it missed after {@code lastEventId} (null: a new reader, from
     * now). A reader too far behind (before what is kept, or more than the configured most) is told to reload.
     */
    void add(StreamReader reader, Long lastEventId) {
        hub.execute(() -> {
            readers.computeIfAbsent(reader.page, page -> ConcurrentHashMap.newKeySet()).add(reader);
            if (lastEventId != null && lastEventId > fannedOut && lastEventId > events.positions().last()) {
                long now = fannedOut;
                StreamFrame reset = StreamFrame.control("reset", "{\"reason\":\"Unknown Last-Event-ID: read the page again\"}");
                reader.context.runOnContext(v -> {
                    reader.restartAt(now);
                    reader.send(reset);
                });
            } else if (lastEventId != null) {
                List<StreamFrame> missed = missed(reader.page, lastEventId);
                reader.context.runOnContext(v -> missed.forEach(reader::send));
            }
        });
    }

    void remove(StreamReader reader) {
        Set<StreamReader> ofPage = readers.get(reader.page);
        if (ofPage != null) {
            ofPage.remove(reader);
        }
    }

    private List<StreamFrame> missed(UUID page, long lastEventId) {
        if (fannedOut >= 0 && lastEventId >= windowStart) {
            return window.stream().filter(frame -> frame.position() > lastEventId && frame.stream().equals(page)).toList();
        }
        StreamEvents.Positions positions = events.positions();
        List<StreamEvent> stored = lastEventId < positions.horizon() ? null : events.of(page, lastEventId, settings.maxResume() + 1);
        if (stored == null || stored.size() > settings.maxResume()) {
            return List.of(StreamFrame.control("reset", "{\"reason\":\"Too far behind to resume: read the page again\"}"));
        }
        return stored.stream().map(StreamFrame::of).toList();
    }

    /** Reads what was sequenced since the last read, once for all readers here, and hands it out. */
    private void catchUp() {
        try {
            if (fannedOut < 0) {
                fannedOut = events.positions().last();
                windowStart = fannedOut;
            }
            List<StreamEvent> batch;
            do {
                batch = events.after(fannedOut, BATCH);
                for (StreamEvent event : batch) {
                    StreamFrame frame = StreamFrame.of(event);
                    keep(frame);
                    deliver(frame);
                    fannedOut = event.position();
                }
            } while (batch.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("Could not read new stream events (%s); the next sequencing retries", e.getMessage());
        }
    }

    private void keep(StreamFrame frame) {
        window.addLast(frame);
        while (window.size() > settings.resumeWindow()) {
            windowStart = window.removeFirst().position();
        }
    }

    /** Each event loop gets one task with its readers of the page; a page gone from public view lets them go. */
    private void deliver(StreamFrame frame) {
        Set<StreamReader> ofPage = readers.get(frame.stream());
        if (ofPage == null || ofPage.isEmpty()) {
            return;
        }
        Map<Context, List<StreamReader>> byLoop = new HashMap<>();
        ofPage.forEach(reader -> byLoop.computeIfAbsent(reader.context, c -> new ArrayList<>()).add(reader));
        boolean ends = frame.endsPage();
        byLoop.forEach((context, group) -> context.runOnContext(v -> group.forEach(reader -> {
            reader.send(frame);
            if (ends) {
                reader.close();
            }
        })));
    }

    private void heartbeat() {
        StreamFrame comment = new StreamFrame(0, null, "heartbeat", ":\n\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Map<Context, List<StreamReader>> byLoop = new HashMap<>();
        readers.values().forEach(set -> set.forEach(reader -> byLoop.computeIfAbsent(reader.context, c -> new ArrayList<>()).add(reader)));
        byLoop.forEach((context, group) -> context.runOnContext(v -> group.forEach(reader -> reader.send(comment))));
    }
}
