package io.wirestream.consumer.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Appends lines to {@code <prefix>-<yyyy-MM-dd'T'HH>[.<n>].jsonl} files in one directory: a new
 * file every UTC hour, and a new numbered file within the hour once the current one would grow
 * past {@code maxBytes}. {@link #flush} makes everything written so far durable (fsync), which
 * the sink does before its offsets are committed. A line a crash left half-written at the end of
 * a file is cut off when the file is opened again: its record was never committed and comes again.
 */
public final class RollingJsonlWriter implements AutoCloseable {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final String prefix;
    private final long maxBytes;
    private final Clock clock;
    private Instant hour;
    private int index;
    private Path path;
    private FileChannel channel;
    private OutputStream out;
    private long size;

    /** @param maxBytes roll within the hour past this size; {@code Long.MAX_VALUE} rolls by hour only */
    public RollingJsonlWriter(Path directory, String prefix, long maxBytes, Clock clock) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        this.directory = directory;
        this.prefix = prefix;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** Appends one line (a newline is added). */
    public void append(String line) throws IOException {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        if (out == null || !now.equals(hour)) {
            open(now, 0);
        }
        while (size > 0 && size + bytes.length > maxBytes) {
            open(hour, index + 1);
        }
        out.write(bytes);
        size += bytes.length;
    }

    /** Makes every appended line durable. */
    public void flush() throws IOException {
        if (out != null) {
            out.flush();
            channel.force(false);
        }
    }

    /** The file lines go to now, if one is open. */
    public Optional<Path> currentFile() {
        return Optional.ofNullable(path);
    }

    private void open(Instant newHour, int newIndex) throws IOException {
        closeCurrent();
        Files.createDirectories(directory);
        hour = newHour;
        index = newIndex;
        path = directory.resolve(prefix + "-" + HOUR.format(newHour) + (newIndex == 0 ? "" : "." + newIndex) + ".jsonl");
        channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        size = completeLinesLength(channel);
        channel.truncate(size);
        channel.position(size);
        out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
    }

    /** Length of the file up to and including its last newline. */
    private static long completeLinesLength(FileChannel ch) throws IOException {
        long end = ch.size();
        ByteBuffer one = ByteBuffer.allocate(1);
        for (long pos = end - 1; pos >= 0; pos--) {
            one.clear();
            ch.read(one, pos);
            if (one.get(0) == '\n') {
                return pos + 1;
            }
        }
        return 0;
    }

    private void closeCurrent() throws IOException {
        if (out != null) {
            flush();
            out.close();
            out = null;
            channel = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeCurrent();
    }
}
