package io.wirestream.cli;

import io.wirestream.cli.config.DurationConverter;
import io.wirestream.cli.config.KafkaClientOptions;
import io.wirestream.ops.Health;
import io.wirestream.ops.Metrics;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.KafkaReachability;
import io.wirestream.producer.Limits;
import io.wirestream.producer.PublisherSettings;
import io.wirestream.producer.RawTopic;
import io.wirestream.producer.http.IngestServer;
import io.wirestream.producer.http.IngestSettings;
import io.wirestream.schemas.topics.TopicNames;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code wirestream ingest}: the HTTP endpoint scrapers in any language post articles to. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
                "Serve POST /articles until Ctrl-C or SIGTERM: every article is validated, normalized and published to "
                        + "news.articles.raw before the answer, which says per article: new, duplicate, rejected (with "
                        + "field errors) or unavailable.",
                "Formats by Content-Type: application/json (object or array), application/x-ndjson, text/plain, "
                        + "text/html, application/rss+xml, application/atom+xml. Query parameters url, source and language "
                        + "fill in what a body does not say.",
                "Answers: 202 all accepted; 400 some rejected (the valid ones are published); 401 missing or wrong API "
                        + "token; 413 over --max-request-bytes or --max-article-bytes (nothing published); 415 unknown "
                        + "content type; 503 with Retry-After when Kafka is unreachable or the producer buffer is full.",
                "Also serves GET /health, /health/live, /health/ready, /metrics and /openapi.yaml. Prints ingest.url=... "
                        + "when ready."
        })
final class IngestCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(IngestCommand.class);

    @ParentCommand
    WirestreamCommand root;

    @Mixin
    KafkaClientOptions kafka;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to bind (0.0.0.0 for every interface, e.g. in a container).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8090", description = "HTTP port; 0 picks a free one.")
    int port;

    @Option(names = "--api-token", paramLabel = "TOKEN", showDefaultValue = CommandLine.Help.Visibility.NEVER,
            description = "Require 'Authorization: Bearer TOKEN' on POST /articles. Prefer the environment variable to "
                    + "the flag (flags show in process lists).")
    String apiToken;

    @Option(names = "--max-article-bytes", paramLabel = "N", defaultValue = "2097152",
            description = "Largest article in a request (an NDJSON line, an array element, a page, a feed item).")
    long maxArticleBytes;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "20971520", description = "Largest request body.")
    long maxRequestBytes;

    @Option(names = "--publish-timeout", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
            description = "How long Kafka may take to acknowledge an article (retries included) before the answer is 503.")
    Duration publishTimeout;

    @Option(names = "--max-block", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class,
            description = "How long a request may wait for room in the producer's buffer (or for Kafka metadata) before 503.")
    Duration maxBlock;

    @Option(names = "--retry-after", paramLabel = "DURATION", defaultValue = "5s", converter = DurationConverter.class,
            description = "What a 503 tells clients to wait (Retry-After).")
    Duration retryAfter;

    @Option(names = "--dedupe-ids", paramLabel = "N", defaultValue = "100000",
            description = "Article ids remembered to answer 'duplicate' (0: publish every copy).")
    int dedupeIds;

    @Option(names = "--dedupe-window", paramLabel = "DURATION", defaultValue = "24h", converter = DurationConverter.class,
            description = "How long an id is remembered.")
    Duration dedupeWindow;

    @Option(names = "--create-topic", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Create news.articles.raw when it is missing.")
    boolean createTopic;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "6", description = "Partitions of the topic if it is created here.")
    int partitions;

    @Option(names = "--replication-factor", paramLabel = "N", defaultValue = "-1",
            description = "Replication of the topic if it is created here; -1 for the broker default.")
    short replicationFactor;

    @Override
    public Integer call() throws InterruptedException {
        Ports.requireFree(host, port, "--port");
        Map<String, Object> clients = kafka.clientProperties(root.environment(), root.fileSettings());
        LOG.info("ingest with {}", KafkaClientOptions.redacted(clients));
        if (createTopic) {
            try {
                RawTopic.ensure(clients, TopicNames.from(clients).raw(), partitions, replicationFactor);
            } catch (IllegalStateException e) {
                System.err.println("wirestream ingest: " + e.getMessage());
                return 1;
            }
        }
        Limits limits = Limits.DEFAULTS.withBytes(maxArticleBytes, maxRequestBytes);
        ArticlePublisher publisher = ArticlePublisher.start(PublisherSettings.of(clients).withTimeouts(publishTimeout, maxBlock)
                .withRecentIds(dedupeIds, dedupeWindow).withLimits(limits));
        Metrics metrics = new Metrics();
        publisher.bindTo(metrics);
        KafkaReachability reachability = new KafkaReachability(clients);
        Health health = new Health().readiness("kafka", reachability::check);
        IngestServer server = new IngestServer(publisher, new IngestSettings(host, port, Optional.ofNullable(apiToken), limits,
                publishTimeout.plusSeconds(2), retryAfter), health, metrics);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("wirestream ingest: stopping (closing the HTTP server, flushing the producer)...");
            server.close();
            publisher.close(Duration.ofSeconds(30));
            reachability.close();
            metrics.close();
            stopped.countDown();
        }, "ingest-shutdown"));
        server.start();
        System.out.println("ingest.url=" + server.url() + "/articles");
        System.out.flush();
        System.err.println("wirestream ingest: POST articles to " + server.url() + "/articles (OpenAPI at " + server.url()
                + "/openapi.yaml)" + (apiToken == null || apiToken.isEmpty() ? "" : "; API token required") + "; Ctrl-C to stop.");
        stopped.await();
        return 0;
    }
}
