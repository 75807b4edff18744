package io.wirestream.cli;

import io.javalin.Javalin;
import io.wirestream.cli.config.DurationConverter;
import io.wirestream.cli.config.KafkaClientOptions;
import io.wirestream.consumer.Backoff;
import io.wirestream.consumer.KafkaDeadLetters;
import io.wirestream.consumer.SinkSettings;
import io.wirestream.consumer.files.FilesSink;
import io.wirestream.consumer.jdbc.Database;
import io.wirestream.consumer.jdbc.JdbcSink;
import io.wirestream.ops.Health;
import io.wirestream.ops.Metrics;
import io.wirestream.ops.OpsEndpoints;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

/** {@code wirestream sink}: enriched articles and trends into a database, and optionally into JSONL files. */
@Command(name = "sink",
        mixinStandardHelpOptions = true,
        description = {
                "Write news.articles.enriched and the trend topics into a database (tables articles, entities, "
                        + "entity_mentions, dates, topics, quotes, amounts, trend_windows, ...; schema created and upgraded "
                        + "by migrations), and with --files-dir also as rolling JSONL files. Until Ctrl-C or SIGTERM.",
                "",
                "Articles are upserted by id and offsets are committed only after the database commit, so a restart or "
                        + "a replay never duplicates a row. Unreadable records go to the --dead-letter-topic. Serves "
                        + "/health/live, /health/ready and /metrics on --ops-port. Topic names follow -X topic.enriched=..., "
                        + "-X topic.trends.entities=..., -X topic.trends.topics=..."
        })
final class SinkCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(SinkCommand.class);

    @ParentCommand
    WirestreamCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    KafkaClientOptions kafka;

    @Option(names = "--jdbc-url", paramLabel = "URL", defaultValue = Database.DEFAULT_URL,
            description = "Database: jdbc:postgresql://HOST:PORT/DB, or jdbc:h2:file:PATH for the embedded one "
                    + "(the default keeps it under ./wirestream-data/).")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "Database user (H2: sa).")
    String jdbcUser;

    @Option(names = "--jdbc-password", paramLabel = "PASSWORD", showDefaultValue = CommandLine.Help.Visibility.NEVER,
            description = "Database password (better in the environment or the config file than on the command line).")
    String jdbcPassword;

    @Option(names = "--database", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run the database sink (--no-database with --files-dir writes files only).")
    boolean database;

    @Option(names = "--group-id", paramLabel = "ID", defaultValue = JdbcSink.DEFAULT_GROUP,
            description = "Consumer group of the database sink; instances with the same id share the partitions.")
    String groupId;

    @Option(names = "--files-dir", paramLabel = "DIR",
            description = "Also write every article as a line of JSON to rolling files here (articles-<UTC hour>.jsonl).")
    Path filesDir;

    @Option(names = "--files-max-mb", paramLabel = "N", defaultValue = "256",
            description = "A JSONL file rolls within its hour once it would pass this size.")
    long filesMaxMb;

    @Option(names = "--files-group-id", paramLabel = "ID", defaultValue = FilesSink.DEFAULT_GROUP,
            description = "Consumer group of the files sink.")
    String filesGroupId;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "500",
            description = "Records per batch (one database transaction, one offset commit).")
    int batchSize;

    @Option(names = "--retry-max", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Longest wait between retries while the database is unreachable (consumption is paused meanwhile).")
    Duration retryMax;

    @Option(names = "--dead-letter-topic", paramLabel = "TOPIC", defaultValue = KafkaDeadLetters.DEFAULT_TOPIC,
            description = "Where records the sink cannot read or store go, with the reason.")
    String deadLetterTopic;

    @Option(names = "--create-topics", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Create the dead-letter topic when missing.")
    boolean createTopics;

    @Option(names = "--ops-host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address of the ops endpoints.")
    String opsHost;

    @Option(names = "--ops-port", paramLabel = "N", defaultValue = "8071",
            description = "Port of /health/live, /health/ready and /metrics; 0 for a free one, -1 for none.")
    int opsPort;

    @Override
    public Integer call() throws InterruptedException {
        if (!database && filesDir == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "nothing to do: --no-database needs --files-dir DIR");
        }
        if (database) {
            Urls.requireJdbc(spec, jdbcUrl);
        }
        if (opsPort >= 0) {
            Ports.requireFree(opsHost, opsPort, "--ops-port");
        }
        Map<String, Object> clients = kafka.clientProperties(root.environment(), root.fileSettings());
        LOG.info("starting sink with {}", KafkaClientOptions.redacted(clients));
        SinkSettings settings = new SinkSettings(clients, groupId, batchSize, Duration.ofMillis(500),
                new Backoff(Duration.ofMillis(Math.min(500, retryMax.toMillis())), retryMax), deadLetterTopic, createTopics);
        Metrics metrics = new Metrics();
        Health health = new Health();
        List<AutoCloseable> running = new ArrayList<>();
        Database.Config db = new Database.Config(jdbcUrl, Optional.ofNullable(jdbcUser), Optional.ofNullable(jdbcPassword), 3);
        if (database) {
            running.add(new JdbcSink(new JdbcSink.Config(settings, db), metrics).registerWith(health).start());
        }
        if (filesDir != null) {
            running.add(new FilesSink(new FilesSink.Config(settings.withGroupId(filesGroupId), filesDir,
                    filesMaxMb * 1024 * 1024), metrics).registerWith(health).start());
        }
        Javalin ops = opsPort >= 0 ? OpsEndpoints.serve(opsHost, opsPort, health, metrics) : null;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("wirestream sink: stopping (finishing the batch in hand)...");
            for (AutoCloseable c : running) {
                try {
                    c.close();
                } catch (Exception e) {
                    LOG.warn("stopping {}", c, e);
                }
            }
            if (ops != null) {
                ops.stop();
            }
            metrics.close();
            stopped.countDown();
        }, "sink-shutdown"));
        System.err.println("wirestream sink: writing" + (database ? " to " + db.redactedUrl() : "")
                + (filesDir != null ? (database ? " and" : "") + " JSONL files in " + filesDir : "")
                + (ops != null ? "; health and metrics on http://" + opsHost + ":" + ops.port() : "") + "; Ctrl-C to stop.");
        stopped.await();
        return 0;
    }
}
