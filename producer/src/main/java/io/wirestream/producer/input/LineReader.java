package io.wirestream.producer.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it (so that each line is checked as UTF-8 on
 * its own and one bad line cannot spoil the next), holding at most {@code maxLineBytes} of a line:
 * a longer line is skipped to its end and reported as an overflow with its full size.
 */
final class LineReader {

    /** One line without its terminator ({@code \n} or {@code \r\n}); {@code bytes} is reused by the next call. */
    record Line(byte[] bytes, int length, long number, boolean overflow, long totalBytes, boolean blank) {
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[1024];
    private long number;
    private boolean eof;

    LineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        if (eof && pos >= limit) {
            return null;
        }
        int length = 0;
        long total = 0;
        boolean overflow = false;
        boolean sawAny = false;
        while (true) {
            if (pos >= limit) {
                limit = in.read(chunk, 0, chunk.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    eof = true;
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
            }
            sawAny = true;
            byte b = chunk[pos++];
            if (b == '\n') {
                break;
            }
            total++;
            if (total > maxLineBytes) {
                overflow = true;
                continue;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, (int) Math.min(Math.max(16, (long) line.length * 2), maxLineBytes + 1));
            }
            line[length++] = b;
        }
        number++;
        if (!overflow && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return new Line(line, overflow ? 0 : length, number, overflow, total, !overflow && isBlank(line, length));
    }

    private static boolean isBlank(byte[] b, int length) {
        for (int i = 0; i < length; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
