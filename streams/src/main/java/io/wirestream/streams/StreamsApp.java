package io.wirestream.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.wirestream.ops.Health;
import io.wirestream.ops.Metrics;
import io.wirestream.ops.OpsEndpoints;
import io.wirestream.schemas.topics.TopicCatalogue;
import io.wirestream.schemas.topics.TopicSetup;
import io.wirestream.streams.internal.DeadLetterHandler;
import io.wirestream.streams.internal.StageMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the topology: creates missing topics, starts Kafka Streams with exactly-once processing and
 * Wirestream's error handlers, replaces a stream thread that dies, and serves health, Prometheus
 * metrics and {@code GET /trends} (interactive queries) over HTTP. Embeddable ({@code wirestream
 * demo} runs it in-process) and behind {@code wirestream streams}.
 */
public final class StreamsApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsApp.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param kafka               Kafka and registry client properties ({@code bootstrap.servers},
     *                            {@code schema.registry.url}, security, {@code topic.*} names)
     * @param applicationId       the consumer group and the prefix of internal topics; instances with the same id share the work
     * @param processingGuarantee {@code exactly_once_v2} (default) or {@code at_least_once}
     * @param applicationServer   this instance's {@code host:port} for interactive queries across instances
     * @param httpPort            port of the health/metrics/trends server; -1 for none, 0 for a free one
     * @param partitions          partitions of topics created here
     * @param replicationFactor   replication of topics created here; -1 for the broker default
     */
    public record Config(Map<String, Object> kafka, String applicationId, int threads, String processingGuarantee,
            Path stateDir, Optional<String> applicationServer, String httpHost, int httpPort, boolean createTopics,
            int partitions, short replicationFactor, StreamsSettings settings) {
    }

    private final Config config;
    private final ArticleEnricher enricher;
    private final Metrics metrics;
    private final Health health = new Health();
    private final AtomicReference<KafkaStreams.State> state = new AtomicReference<>(KafkaStreams.State.CREATED);
    private KafkaStreams streams;
    private KafkaStreamsMetrics streamsMetrics;
    private Javalin http;

    public StreamsApp(Config config, ArticleEnricher enricher, Metrics metrics) {
        this.config = config;
        this.enricher = enricher;
        this.metrics = metrics;
        health.liveness("streams", () -> {
            KafkaStreams.State s = state.get();
            return s == KafkaStreams.State.ERROR || s == KafkaStreams.State.NOT_RUNNING
                    ? Health.Status.down(s.name()) : Health.Status.up(s.name());
        });
        health.readiness("streams", () -> state.get() == KafkaStreams.State.RUNNING ? Health.Status.up("RUNNING")
                : Health.Status.down(state.get().name() + " (rebalancing, restoring or stopped)"));
    }

    /** The Kafka Streams properties this app runs with (also what tests use). */
    public static Properties streamsProperties(Config c, StageMetrics stageMetrics) {
        Properties p = new Properties();
        Map<String, Object> kafka = new HashMap<>(c.kafka());
        // bare "topic.*" keys are internal-topic settings to Kafka Streams: pass our topic names namespaced
        Map<String, String> names = io.wirestream.schemas.topics.TopicNames.from(kafka).asSettings();
        kafka.keySet().removeIf(k -> k.startsWith(StreamsConfig.TOPIC_PREFIX));
        kafka.putAll(names);
        kafka.putIfAbsent("max.retries", "10");
        kafka.putIfAbsent("retries.max.wait.ms", "5000");
        p.putAll(kafka);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, c.applicationId());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, c.processingGuarantee());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, c.threads());
        p.put(StreamsConfig.STATE_DIR_CONFIG, c.stateDir().toString());
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) c.replicationFactor());
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), TopicSetup.MAX_MESSAGE_BYTES);
        c.applicationServer().ifPresent(s -> p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, s));
        p.put(DeadLetterHandler.METRICS_CONFIG, stageMetrics);
        return p;
    }

    public synchronized StreamsApp start() {
        TopicCatalogue topics = TopicCatalogue.from(config.kafka());
        if (config.createTopics()) {
            TopicSetup.ensure(TopicSetup.adminConfig(config.kafka()), topics.names(), config.partitions(), config.replicationFactor(),
                    WirestreamTopology.routedTopicNames(config.settings(), topics), config.settings().dedupeRetention().toMillis());
        }
        StageMetrics stageMetrics = new StageMetrics(metrics.registry());
        Topology topology = WirestreamTopology.buildTopology(config.settings(), topics, enricher, stageMetrics);
        streams = new KafkaStreams(topology, streamsProperties(config, stageMetrics));
        streams.setStateListener((now, before) -> {
            state.set(now);
            LOG.info("streams state {} -> {}", before, now);
        });
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread died; replacing it (its tasks restart from the last commit)", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(metrics.registry());
        streams.start();
        if (config.httpPort() >= 0) {
            startHttp();
        }
        LOG.info("streams application '{}' started ({} thread(s), {})", config.applicationId(), config.threads(),
                config.processingGuarantee());
        return this;
    }

    private void startHttp() {
        Optional<HostInfo> self = config.applicationServer().map(HostInfo::buildFromEndpoint);
        TrendsQuery trends = new TrendsQuery(streams, self);
        http = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            OpsEndpoints.mount(c.routes, health, metrics);
            c.routes.get("/trends", ctx -> {
                String kind = Optional.ofNullable(ctx.queryParam("kind")).orElse("entity");
                String window = Optional.ofNullable(ctx.queryParam("window")).orElse("1h");
                int top = Integer.parseInt(Optional.ofNullable(ctx.queryParam("top")).orElse("20"));
                boolean local = Boolean.parseBoolean(ctx.queryParam("local"));
                try {
                    var rows = trends.top(kind, window, top, local, Instant.now());
                    ctx.contentType("application/json").result(JSON.createObjectNode().put("kind", kind).put("window", window)
                            .set("trends", JSON.valueToTree(rows)).toString());
                } catch (IllegalArgumentException e) {
                    ctx.status(400).contentType("application/json")
                            .result(JSON.createObjectNode().put("error", e.getMessage()).toString());
                } catch (org.apache.kafka.streams.errors.InvalidStateStoreException e) {
                    ctx.status(503).header("Retry-After", "2").contentType("application/json")
                            .result(JSON.createObjectNode().put("error", "trend stores not queryable yet: " + e.getMessage())
                                    .toString());
                }
            });
        });
        http.start(config.httpHost(), config.httpPort());
    }

    public Health health() {
        return health;
    }

    public KafkaStreams.State state() {
        return state.get();
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** Port of the HTTP server, when there is one. */
    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    /** Stops processing gracefully: commits, closes stores, leaves the group. */
    public synchronized void close(Duration timeout) {
        if (http != null) {
            http.stop();
            http = null;
        }
        if (streams != null) {
            streams.close(timeout);
            streams = null;
        }
        if (streamsMetrics != null) {
            streamsMetrics.close();
            streamsMetrics = null;
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
