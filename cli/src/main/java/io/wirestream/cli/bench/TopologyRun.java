package io.wirestream.cli.bench;

import io.wirestream.ops.Metrics;
import io.wirestream.schemas.topics.TopicNames;
import io.wirestream.schemas.topics.TopicSetup;
import io.wirestream.streams.ArticleEnricher;
import io.wirestream.streams.StreamsApp;
import io.wirestream.streams.StreamsSettings;
import io.wirestream.streams.internal.StageMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * One topology under measurement, on topics of its own: Wirestream's (validate, dedupe, enrich,
 * route, trends; the real engine) or the pass-through ceiling, both with the same Kafka Streams
 * settings ({@link StreamsApp#streamsProperties}: exactly once, Wirestream's handlers).
 */
public abstract class TopologyRun implements AutoCloseable {

    final Map<String, Object> clients;
    final TopicNames names;
    final String label;

    private TopologyRun(Map<String, Object> clients, String label) {
        this.clients = clients;
        this.names = TopicNames.from(clients);
        this.label = label;
    }

    /** Client properties whose {@code topic.*} names are this run's own ({@code bench.<run>.<label>.*}). */
    static Map<String, Object> ownTopics(Map<String, Object> clients, String prefix) {
        Map<String, Object> c = new LinkedHashMap<>(clients);
        c.put("topic.raw", prefix + "raw");
        c.put("topic.enriched", prefix + "enriched");
        c.put("topic.dlq", prefix + "dlq");
        c.put("topic.duplicates", prefix + "duplicates");
        c.put("topic.fingerprints", prefix + "fingerprints");
        c.put("topic.trends.entities", prefix + "trends.entities");
        c.put("topic.trends.topics", prefix + "trends.topics");
        return c;
    }

    static StreamsApp.Config config(Map<String, Object> clients, String applicationId, int threads, int partitions, Path stateDir) {
        return new StreamsApp.Config(clients, applicationId, threads, guarantee(clients), stateDir, Optional.empty(),
                "127.0.0.1", -1, true, partitions, (short) -1, StreamsSettings.DEFAULTS);
    }

    /** {@code exactly_once_v2}, Wirestream's default, unless {@code -X processing.guarantee=...} says otherwise. */
    public static String guarantee(Map<String, Object> clients) {
        return String.valueOf(clients.getOrDefault(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2));
    }

    String input() {
        return names.raw();
    }

    abstract String output();

    abstract TopologyRun start();

    abstract boolean running();

    @Override
    public abstract void close();

    /** Waits until the topology runs (topics created, tasks assigned). */
    TopologyRun awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!running()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(label + " topology did not start within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
        return this;
    }

    /** Wirestream's topology with the real enrichment engine. */
    static TopologyRun enrichment(Map<String, Object> clients, String label, int threads, int partitions, Path stateDir,
            Metrics metrics) {
        return new TopologyRun(clients, label) {
            private StreamsApp app;

            @Override
            String output() {
                return names.enriched();
            }

            @Override
            TopologyRun start() {
                app = new StreamsApp(config(clients, "bench-" + label, threads, partitions, stateDir), ArticleEnricher.engine(),
                        metrics).start();
                return this;
            }

            @Override
            boolean running() {
                return app.state() == KafkaStreams.State.RUNNING;
            }

            @Override
            public void close() {
                if (app != null) {
                    app.close(Duration.ofSeconds(60));
                }
            }
        };
    }

    /** The same records passed through unchanged: the ceiling. */
    static TopologyRun passThrough(Map<String, Object> clients, String label, int threads, int partitions, Path stateDir) {
        return new TopologyRun(clients, label) {
            private final LongAdder processed = new LongAdder();
            private KafkaStreams streams;

            @Override
            String output() {
                return names.enriched() + ".passthrough";
            }

            @Override
            TopologyRun start() {
                StreamsApp.Config c = config(clients, "bench-" + label, threads, partitions, stateDir);
                Map<String, Object> admin = TopicSetup.adminConfig(clients);
                TopicSetup.ensure(admin, names, partitions, (short) -1, List.of(), Duration.ofDays(1).toMillis());
                TopicSetup.create(admin, List.of(new NewTopic(output(), Optional.of(partitions), Optional.of((short) -1))));
                streams = new KafkaStreams(PassThroughTopology.build(input(), output(), clients, processed),
                        StreamsApp.streamsProperties(c, StageMetrics.discarding()));
                streams.start();
                return this;
            }

            @Override
            boolean running() {
                return streams.state() == KafkaStreams.State.RUNNING;
            }

            @Override
            public void close() {
                if (streams != null) {
                    streams.close(Duration.ofSeconds(60));
                }
            }
        };
    }
}
