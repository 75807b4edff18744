package io.wirestream.consumer.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollingJsonlWriterTest {

    @TempDir
    Path dir;

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void shouldStartANewFileEveryHour() throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2025-02-14T10:59:59Z"));
        try (RollingJsonlWriter w = new RollingJsonlWriter(dir, "articles", Long.MAX_VALUE, clock)) {
            w.append("{\"id\":\"a\"}");
            clock.now = Instant.parse("2025-02-14T11:00:01Z");
            w.append("{\"id\":\"b\"}");
            w.flush();
        }

        assertThat(files()).containsExactly("articles-2025-02-14T10.jsonl", "articles-2025-02-14T11.jsonl");
        assertThat(Files.readAllLines(dir.resolve("articles-2025-02-14T11.jsonl"))).containsExactly("{\"id\":\"b\"}");
    }

    @Test
    void shouldRollWithinTheHourWhenAFileWouldPassItsSize() throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2025-02-14T10:00:00Z"));
        try (RollingJsonlWriter w = new RollingJsonlWriter(dir, "articles", 25, clock)) {
            for (String id : List.of("a", "b", "c")) {
                w.append("{\"id\":\"" + id + "\"}"); // 11 bytes with the newline
            }
        }

        assertThat(files()).containsExactly("articles-2025-02-14T10.1.jsonl", "articles-2025-02-14T10.jsonl");
        assertThat(Files.readAllLines(dir.resolve("articles-2025-02-14T10.jsonl"))).hasSize(2);
    }

    @Test
    void shouldCutOffALineACrashLeftHalfWritten() throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2025-02-14T10:00:00Z"));
        Files.writeString(dir.resolve("articles-2025-02-14T10.jsonl"), "{\"id\":\"a\"}\n{\"id\":\"b", StandardCharsets.UTF_8);
        try (RollingJsonlWriter w = new RollingJsonlWriter(dir, "articles", Long.MAX_VALUE, clock)) {
            w.append("{\"id\":\"b\"}");
        }

        assertThat(Files.readAllLines(dir.resolve("articles-2025-02-14T10.jsonl")))
                .containsExactly("{\"id\":\"a\"}", "{\"id\":\"b\"}");
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
