package io.wirestream.cli;

import io.wirestream.cli.config.DurationConverter;
import io.wirestream.cli.config.KafkaClientOptions;
import io.wirestream.ops.Metrics;
import io.wirestream.streams.ArticleEnricher;
import io.wirestream.streams.StreamsApp;
import io.wirestream.streams.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code wirestream streams}: the enrichment topology against any Kafka and registry. */
@Command(name = "streams",
        mixinStandardHelpOptions = true,
        description = {
                "Run the enrichment topology (validate, dedupe, enrich, route, trends) until Ctrl-C or SIGTERM.",
                "Reads news.articles.raw; writes news.articles.enriched, news.articles.duplicates, news.articles.dlq, "
                        + "news.trends.entities and news.trends.topics (creating missing topics). Instances with the same "
                        + "--application-id share the partitions. Serves /health/live, /health/ready, /metrics and "
                        + "GET /trends?kind=entity|topic&window=1m|1h&top=N on --http-port."
        })
final class StreamsCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsCommand.class);

    @ParentCommand
    WirestreamCommand root;

    @Mixin
    KafkaClientOptions kafka;

    @Option(names = "--application-id", paramLabel = "ID", defaultValue = "wirestream-enricher",
            description = "Kafka Streams application id (consumer group, internal topic prefix).")
    String applicationId;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Stream threads in this instance.")
    int threads;

    @Option(names = "--processing-guarantee", paramLabel = "G", defaultValue = StreamsConfig.EXACTLY_ONCE_V2,
            description = "exactly_once_v2 or at_least_once.")
    String processingGuarantee;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = "wirestream-data/streams",
            description = "Local state (dedupe store, trend windows, fingerprint index); restored from Kafka when lost.")
    Path stateDir;

    @Option(names = "--http-host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address of the HTTP server.")
    String httpHost;

    @Option(names = "--http-port", paramLabel = "N", defaultValue = "8070",
            description = "Port of health, metrics and trends; 0 for a free one, -1 for none.")
    int httpPort;

    @Option(names = "--application-server", paramLabel = "HOST:PORT",
            description = "How other instances reach this one's /trends (default: --http-host:--http-port).")
    String applicationServer;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "6", description = "Partitions of topics this command creates.")
    int partitions;

    @Option(names = "--replication-factor", paramLabel = "N", defaultValue = "-1",
            description = "Replication of topics this command creates; -1 for the broker default.")
    short replicationFactor;

    @Option(names = "--create-topics", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Create missing topics at start.")
    boolean createTopics;

    @Option(names = "--dedupe-retention", paramLabel = "DURATION", defaultValue = "7d", converter = DurationConverter.class,
            description = "How long article ids are remembered for exact-duplicate detection.")
    Duration dedupeRetention;

    @Option(names = "--near-duplicate-distance", paramLabel = "BITS", defaultValue = "6",
            description = "SimHash distance (of 64 bits) within which two texts are the same story; 0 for exact text only.")
    int nearDuplicateDistance;

    @Option(names = "--enrich-timeout", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
            description = "Longest the engine may take on one article before it is dead-lettered.")
    Duration enrichTimeout;

    @Option(names = "--max-body-chars", paramLabel = "N", defaultValue = "2000000",
            description = "Longer article bodies are dead-lettered at validation.")
    int maxBodyChars;

    @Option(names = "--trend-grace", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "How late an article may arrive and still count in its trend window.")
    Duration trendGrace;

    @Option(names = "--route-topic", paramLabel = "SLUG", split = ",",
            description = "Also write articles of this IPTC topic to news.articles.enriched.<slug> (e.g. politics, sport, "
                    + "economy-business-and-finance). Repeatable or comma-separated.")
    List<String> routeTopics = new ArrayList<>();

    @Option(names = "--route-min-score", paramLabel = "SCORE", defaultValue = "0.5",
            description = "Topic score an article needs to be routed.")
    double routeMinScore;

    @Override
    public Integer call() throws InterruptedException {
        StreamsSettings settings = new StreamsSettings(dedupeRetention, nearDuplicateDistance, enrichTimeout, maxBodyChars,
                trendGrace, routeTopics, routeMinScore);
        Map<String, Object> clients = kafka.clientProperties(root.environment(), root.fileSettings());
        LOG.info("starting streams with {}", KafkaClientOptions.redacted(clients));
        Optional<String> server = Optional.ofNullable(applicationServer)
                .or(() -> httpPort > 0 ? Optional.of(httpHost + ":" + httpPort) : Optional.empty());
        Metrics metrics = new Metrics();
        StreamsApp app = new StreamsApp(new StreamsApp.Config(clients, applicationId, threads, processingGuarantee, stateDir,
                server, httpHost, httpPort, createTopics, partitions, replicationFactor, settings), ArticleEnricher.engine(),
                metrics);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("wirestream streams: stopping (committing and closing state stores)...");
            app.close(Duration.ofSeconds(30));
            metrics.close();
            stopped.countDown();
        }, "streams-shutdown"));
        app.start();
        System.err.println("wirestream streams: running as '" + applicationId + "'"
                + (app.httpPort() > 0 ? "; health, metrics and trends on http://" + httpHost + ":" + app.httpPort() : "")
                + "; Ctrl-C to stop.");
        stopped.await();
        return 0;
    }
}
