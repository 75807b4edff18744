package io.wirestream.producer.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8: bytes that are not UTF-8 are reported with their place, never replaced by U+FFFD
 * (which would store a corrupted article as if it were fine). A leading byte-order mark is dropped.
 */
public final class Utf8 {

    /** The input is not UTF-8; the message says where. */
    public static final class MalformedException extends Exception {
        private final long byteOffset;
        private final long line;

        MalformedException(String message, long byteOffset, long line) {
            super(message);
            this.byteOffset = byteOffset;
            this.line = line;
        }

        public long byteOffset() {
            return byteOffset;
        }

        /** 1-based line within the decoded range. */
        public long line() {
            return line;
        }
    }

    private Utf8() {
    }

    public static String decode(byte[] bytes) throws MalformedException {
        return decode(bytes, 0, bytes.length);
    }

    public static String decode(byte[] bytes, int offset, int length) throws MalformedException {
        int start = offset;
        int end = offset + length;
        if (length >= 3 && bytes[start] == (byte) 0xEF && bytes[start + 1] == (byte) 0xBB && bytes[start + 2] == (byte) 0xBF) {
            start += 3;
        }
        if (isAscii(bytes, start, end)) {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
        CharBuffer out = CharBuffer.allocate(end - start);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            long line = 1;
            for (int i = offset; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new MalformedException(String.format("not valid UTF-8: byte 0x%02X at line %d (byte %d); invalid bytes "
                    + "are not replaced, so re-encode the input as UTF-8", bytes[at] & 0xFF, line, at - offset), at - offset, line);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static boolean isAscii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
