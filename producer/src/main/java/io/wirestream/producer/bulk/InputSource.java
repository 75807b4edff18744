package io.wirestream.producer.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** One input of a bulk run: a file, or a stream such as standard input. */
public record InputSource(String name, Optional<Path> path, Optional<InputStream> stream) {

    public static InputSource file(Path p) {
        return new InputSource(p.toString(), Optional.of(p), Optional.empty());
    }

    /** A file shown as {@code name} (as the user wrote it) and opened at {@code path}. */
    public static InputSource file(String name, Path path) {
        return new InputSource(name, Optional.of(path), Optional.empty());
    }

    public static InputSource stream(String name, InputStream in) {
        return new InputSource(name, Optional.empty(), Optional.of(in));
    }

    InputStream open() throws IOException {
        return path.isPresent() ? Files.newInputStream(path.get()) : stream.orElseThrow();
    }
}
