package io.wirestream.cli.demo;

import io.wirestream.producer.bulk.InputSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample articles bundled with the CLI (resources {@code io/wirestream/cli/demo/articles/}),
 * read straight from the jar (or the classes directory in a development build). Every file but the
 * folder's README is an input; the README documents what each holds.
 */
public final class BundledArticles {

    static final String FOLDER = "/io/wirestream/cli/demo/articles";

    private BundledArticles() {
    }

    /** Each bundled file as an input named after it; the contents are read into memory (a few hundred KB). */
    public static List<InputSource> inputs() {
        URL url = BundledArticles.class.getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("the bundled sample articles are missing from the class path (" + FOLDER + ")");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath(FOLDER));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled sample articles: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<InputSource> read(Path folder) throws IOException {
        List<InputSource> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.equalsIgnoreCase("README.md") && Files.isRegularFile(f)) {
                    out.add(InputSource.stream(name, new java.io.ByteArrayInputStream(Files.readAllBytes(f))));
                }
            }
        }
        return out;
    }
}
