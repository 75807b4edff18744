package io.wirestream.cli;

import io.wirestream.embedded.EmbeddedPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * Where the streams and pipeline benchmarks run: an embedded Kafka broker and schema registry in
 * this JVM (the default: the numbers then include the broker's CPU), or a cluster given by flags;
 * plus a scratch directory for state stores and the embedded database, deleted afterwards.
 */
final class BenchCluster implements AutoCloseable {

    /** The options naming a cluster, shared by the benchmark commands. */
    static final class Options {
        @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT",
                description = "Measure against this cluster instead of an embedded broker (needs --schema-registry-url).")
        String bootstrapServers;

        @Option(names = "--schema-registry-url", paramLabel = "URL", description = "Registry of that cluster.")
        String schemaRegistryUrl;

        @Option(names = {"-X", "--kafka-property"}, paramLabel = "KEY=VALUE", mapFallbackValue = "",
                description = "A Kafka client, Kafka Streams or registry client property for every client of the benchmark, "
                        + "e.g. -X commit.interval.ms=1000 or -X security.protocol=SASL_SSL. Repeatable.")
        Map<String, String> properties = new LinkedHashMap<>();
    }

    private final Optional<EmbeddedPlatform> platform;
    private final Map<String, Object> clients = new LinkedHashMap<>();
    private final Path workDir;

    private BenchCluster(Optional<EmbeddedPlatform> platform, String bootstrap, String registry, Path workDir,
            Map<String, String> properties) {
        this.platform = platform;
        this.workDir = workDir;
        clients.putAll(properties);
        clients.put("bootstrap.servers", bootstrap);
        clients.put("schema.registry.url", registry);
    }

    static BenchCluster start(Options o, String command) {
        Path dir;
        try {
            dir = Files.createTempDirectory("wirestream-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (o.bootstrapServers != null) {
            return new BenchCluster(Optional.empty(), o.bootstrapServers,
                    o.schemaRegistryUrl == null ? "http://127.0.0.1:8081" : o.schemaRegistryUrl, dir, o.properties);
        }
        System.err.println(command + ": starting an embedded Kafka broker and schema registry...");
        EmbeddedPlatform p = new EmbeddedPlatform(EmbeddedPlatform.Config.temporary()).start();
        return new BenchCluster(Optional.of(p), p.bootstrapServers(), p.schemaRegistryUrl(), dir, o.properties);
    }

    Map<String, Object> clients() {
        return clients;
    }

    Path workDir() {
        return workDir;
    }

    /** The processing guarantee the topologies run with. */
    String guarantee() {
        return io.wirestream.cli.bench.TopologyRun.guarantee(clients);
    }

    String describe() {
        return platform.isPresent() ? "embedded broker and registry in this JVM" : clients.get("bootstrap.servers").toString();
    }

    @Override
    public void close() {
        platform.ifPresent(EmbeddedPlatform::close);
        try (Stream<Path> walk = Files.walk(workDir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + workDir + ": " + e.getMessage());
        }
    }
}
