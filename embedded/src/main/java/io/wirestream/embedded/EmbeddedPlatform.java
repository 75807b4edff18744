package io.wirestream.embedded;

import io.wirestream.ops.Health;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A Kafka broker and a Schema Registry in this JVM: everything the pipeline needs, on loopback.
 * What {@code wirestream platform} and {@code wirestream demo} run, and what integration tests use
 * when no Docker engine is there. Health ({@code /health/live}, {@code /health/ready}) and
 * {@code /metrics} are served on the registry's port.
 */
public final class EmbeddedPlatform implements AutoCloseable {

    /**
     * @param dataDir      persistent data directory; empty for a temporary one deleted on close
     * @param kafkaPort    0 for a free port (or the one used last time in {@code dataDir})
     * @param registryPort 0 for a free port
     */
    public record Config(Optional<Path> dataDir, String host, int kafkaPort, int registryPort) {

        public static Config temporary() {
            return new Config(Optional.empty(), "127.0.0.1", 0, 0);
        }
    }

    private final EmbeddedKafka kafka;
    private final Config config;
    private SchemaRegistryServer registry;

    public EmbeddedPlatform(Config config) {
        this.config = config;
        EmbeddedKafka.Config k = new EmbeddedKafka.Config(config.dataDir().map(d -> d.resolve("broker")), config.host(),
                config.kafkaPort(), 0, java.util.Map.of());
        this.kafka = new EmbeddedKafka(k);
    }

    /** Starts the broker, then the registry; returns when both serve. */
    public synchronized EmbeddedPlatform start() {
        kafka.start();
        if (registry == null) {
            registry = newRegistry(config.registryPort());
        }
        return this;
    }

    private SchemaRegistryServer newRegistry(int port) {
        SchemaRegistryServer r = new SchemaRegistryServer(SchemaRegistryServer.Config.forBroker(kafka.bootstrapServers())
                .withHost(config.host()).withPort(port)).start();
        r.health().liveness("broker", () -> kafka.isRunning() ? Health.Status.up("running") : Health.Status.down("stopped"));
        return r;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String schemaRegistryUrl() {
        return registry.url();
    }

    /** Stops the registry (to test clients against a registry that is down). */
    public synchronized void stopRegistry() {
        if (registry != null) {
            registry.close();
            registry = null;
        }
    }

    /** Starts the registry again on the same port. */
    public synchronized void startRegistry(int port) {
        if (registry == null) {
            registry = newRegistry(port);
        }
    }

    @Override
    public synchronized void close() {
        stopRegistry();
        kafka.close();
    }
}
