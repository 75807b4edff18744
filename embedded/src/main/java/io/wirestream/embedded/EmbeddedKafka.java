package io.wirestream.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker, running in this JVM in KRaft combined mode (broker and controller in
 * one node), from the official server artifacts. Used by {@code wirestream demo/platform} and by
 * the integration tests: never a mock.
 *
 * <p>The data directory is formatted once; its ports are remembered in it, so stopping and starting
 * on the same directory (even in a new process) keeps topics, data and consumer offsets.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String PORTS_FILE = "wirestream-broker.properties";

    /**
     * @param dataDir        where the broker keeps its log; empty for a temporary directory deleted on close
     * @param host           address to bind and advertise (127.0.0.1 unless told otherwise)
     * @param port           client port, 0 for a free one (or the one used last time in this data dir)
     * @param controllerPort controller port, 0 likewise
     * @param overrides      extra broker properties
     */
    public record Config(Optional<Path> dataDir, String host, int port, int controllerPort, Map<String, String> overrides) {

        public static Config temporary() {
            return new Config(Optional.empty(), "127.0.0.1", 0, 0, Map.of());
        }

        public Config withDataDir(Path dir) {
            return new Config(Optional.of(dir), host, port, controllerPort, overrides);
        }

        public Config withPort(int p) {
            return new Config(dataDir, host, p, controllerPort, overrides);
        }

        public Config withOverrides(Map<String, String> o) {
            return new Config(dataDir, host, port, controllerPort, Map.copyOf(o));
        }
    }

    private final Config config;
    private final Path dataDir;
    private final boolean temporary;
    private int port;
    private int controllerPort;
    private KafkaRaftServer server;

    public EmbeddedKafka(Config config) {
        this.config = config;
        this.temporary = config.dataDir().isEmpty();
        try {
            this.dataDir = config.dataDir().isPresent() ? Files.createDirectories(config.dataDir().get())
                    : Files.createTempDirectory("wirestream-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the broker data directory: " + e.getMessage(), e);
        }
    }

    /** Starts the broker and returns when it accepts requests. Idempotent. */
    public synchronized EmbeddedKafka start() {
        if (server != null) {
            return this;
        }
        long t0 = System.nanoTime();
        choosePorts();
        Properties props = brokerProperties();
        Path logDir = dataDir.resolve("kafka");
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(props);
        }
        KafkaRaftServer s = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        try {
            s.startup();
        } catch (RuntimeException e) {
            s.shutdown();
            throw new IllegalStateException("Kafka broker failed to start on " + bootstrapServers() + " with data in "
                    + logDir + ": " + e.getMessage(), e);
        }
        server = s;
        awaitReady(Duration.ofSeconds(60));
        LOG.info("Kafka broker ready on {} (data {}) in {} ms", bootstrapServers(), dataDir,
                (System.nanoTime() - t0) / 1_000_000);
        return this;
    }

    /** Stops the broker (data stays); {@link #start()} brings it back on the same ports and data. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
        LOG.info("Kafka broker on {} stopped", bootstrapServers());
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return config.host() + ":" + port;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public synchronized void close() {
        stop();
        if (temporary) {
            deleteRecursively(dataDir);
        }
    }

    private void choosePorts() {
        Properties remembered = new Properties();
        Path file = dataDir.resolve(PORTS_FILE);
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                remembered.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        port = config.port() != 0 ? config.port() : Integer.parseInt(remembered.getProperty("port", "0"));
        controllerPort = config.controllerPort() != 0 ? config.controllerPort()
                : Integer.parseInt(remembered.getProperty("controller.port", "0"));
        if (port == 0) {
            port = freePort(config.host());
        }
        if (controllerPort == 0) {
            controllerPort = freePort(config.host());
        }
        remembered.setProperty("port", Integer.toString(port));
        remembered.setProperty("controller.port", Integer.toString(controllerPort));
        try (OutputStream out = Files.newOutputStream(file)) {
            remembered.store(out, "ports of the embedded broker in this data directory");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private Properties brokerProperties() {
        String h = config.host();
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.bootstrap.servers", h + ":" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://" + h + ":" + port + ",CONTROLLER://" + h + ":" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + h + ":" + port + ",CONTROLLER://" + h + ":" + controllerPort);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.setProperty("log.dirs", dataDir.resolve("kafka").toString());
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "10");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "10");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("num.partitions", "1");
        p.putAll(config.overrides());
        return p;
    }

    private void format(Properties props) {
        Path propsFile = dataDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(propsFile)) {
            props.store(out, "embedded Kafka broker (written for formatting the storage)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int code;
        try (PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            code = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c",
                    propsFile.toString(), "--standalone"}, ps);
        }
        if (code != 0) {
            throw new IllegalStateException("formatting the Kafka storage in " + dataDir + " failed: "
                    + log.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady(Duration timeout) {
        Properties p = new Properties();
        p.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(p)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get().isEmpty()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Kafka broker on " + bootstrapServers()
                                + " did not become ready in " + timeout.toSeconds() + " s", e);
                    }
                }
                pause(100);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        }
    }

    static int freePort(String host) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + host + ": " + e.getMessage(), e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.debug("could not delete {}: {}", p, e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", dir, e.getMessage());
        }
    }
}
