package news.byline.transfer;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (\n or \r\n) of at most a given length: a longer line is kept only to its limit and marked, and
 * reading goes on at the next line, so that a single endless line cannot fill the heap.
 */
final class BoundedLines {
    private final Reader reader;
    private final int maxChars;
    private boolean tooLong;

    BoundedLines(Reader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /** The next line without its end, or null at the end of the stream. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        tooLong = false;
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        for (; c >= 0 && c != '\n'; c = reader.read()) {
            if (line.length() < maxChars) {
                line.append((char) c);
            } else {
                tooLong = true;
            }
        }
        int last = line.length() - 1;
        return last >= 0 && line.charAt(last) == '\r' && !tooLong ? line.substring(0, last) : line.toString();
    }

    /** Whether the line {@link #next()} returned was cut at the limit. */
    boolean lastWasTooLong() {
        return tooLong;
    }
}
