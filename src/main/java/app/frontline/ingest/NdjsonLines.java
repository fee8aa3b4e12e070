package app.frontline.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without ever holding more than one line of at most
 * {@code maxBytes}: a longer line is skipped to its end and reported as too long, so memory stays
 * constant whatever the input. Accepts LF and CRLF endings; the buffer is reused between lines.
 */
final class NdjsonLines {

    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final byte[] line;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkPos;
    private int chunkLen;
    private long number;
    private int length;
    private boolean tooLong;

    NdjsonLines(InputStream in, int maxBytes) {
        this.in = in;
        this.line = new byte[maxBytes];
    }

    /** Advances to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkLen) {
                chunkLen = in.read(chunk, 0, CHUNK);
                chunkPos = 0;
                if (chunkLen <= 0) {
                    chunkLen = 0;
                    if (any) {
                        number++;
                    }
                    return any;
                }
            }
            any = true;
            int start = chunkPos;
            int end = start;
            while (end < chunkLen && chunk[end] != '\n') {
                end++;
            }
            append(start, end);
            chunkPos = end;
            if (end < chunkLen) {
                chunkPos++; // past the '\n'
                number++;
                if (!tooLong && length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return true;
            }
        }
    }

    private void append(int from, int to) {
        int n = to - from;
        if (tooLong || n == 0) {
            return;
        }
        if (length + n > line.length) {
            tooLong = true;
            length = 0;
            return;
        }
        System.arraycopy(chunk, from, line, length, n);
        length += n;
    }

    /** 1-based number of the current line. */
    long number() {
        return number;
    }

    boolean tooLong() {
        return tooLong;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    boolean blank() {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return !tooLong;
    }

    int maxBytes() {
        return line.length;
    }
}
