package news.byline.live.stream;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.util.UUID;

/**
 * One open stream. Written only on its connection's event loop ({@link #context}), so that the order frames are
 * scheduled in is the order they are written, and a frame already sent (by position) is never sent again.
 */
final class StreamReader {
    final UUID page;
    final Context context;
    private final HttpServerResponse response;
    /** The position of the last event written (or resumed from); event-loop only. */
    private long lastSent;
    private boolean closed;

    StreamReader(UUID page, Context context, HttpServerResponse response, long resumedFrom) {
        this.page = page;
        this.context = context;
        this.response = response;
        this.lastSent = resumedFrom;
    }

    /**
     * Writes the frame unless already sent. A reader whose connection still holds unsent bytes beyond the write
     * queue's limit cannot keep up: it is closed (its EventSource reconnects with Last-Event-ID and resumes) rather
     * than buffered without end. False when closed.
     */
    boolean send(StreamFrame frame) {
        if (closed) {
            return false;
        }
        if (frame.position() != 0 && frame.position() <= lastSent) {
            return true;
        }
        if (response.writeQueueFull()) {
            close();
            return false;
        }
        response.write(Buffer.buffer(frame.bytes()));
        if (frame.position() != 0) {
            lastSent = frame.position();
        }
        return true;
    }

    void close() {
        if (!closed) {
            closed = true;
            if (!response.closed() && !response.ended()) {
                response.end();
                response.close();
            }
        }
    }

    /** Resumes from this position instead (a reader that claimed to have seen events that do not exist). */
    void restartAt(long position) {
        lastSent = position;
    }

    /** The connection went (the client left): nothing more is written. */
    void gone() {
        closed = true;
    }
}
