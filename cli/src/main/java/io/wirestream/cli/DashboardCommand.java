package io.wirestream.cli;

import io.wirestream.cli.config.KafkaClientOptions;
import io.wirestream.consumer.SinkSettings;
import io.wirestream.consumer.dashboard.Dashboard;
import io.wirestream.consumer.jdbc.Database;
import io.wirestream.ops.Metrics;
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

/** {@code wirestream dashboard}: the live page of enriched articles and trends. */
@Command(name = "dashboard",
        mixinStandardHelpOptions = true,
        description = {
                "Serve the live dashboard: newest enriched articles with their entities, dates and topics highlighted, "
                        + "trending entities and topics of the last hour, filters and search, fed by Server-Sent Events "
                        + "from the enriched and trend topics. Until Ctrl-C or SIGTERM.",
                "",
                "Also GET /api/articles?topic=&entity=&source=&since=&q=&limit= and GET /api/trends (JSON), and "
                        + "/health/live, /health/ready, /metrics. Searches use the database with --jdbc-url (the one "
                        + "`wirestream sink` writes), otherwise the articles seen since start."
        })
final class DashboardCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardCommand.class);

    @ParentCommand
    WirestreamCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    KafkaClientOptions kafka;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to bind. Loopback unless told otherwise.")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "HTTP port; 0 picks a free one.")
    int port;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "Search this database (e.g. the one `wirestream sink` writes) instead of recent articles only.")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "Database user (H2: sa).")
    String jdbcUser;

    @Option(names = "--jdbc-password", paramLabel = "PASSWORD", showDefaultValue = CommandLine.Help.Visibility.NEVER,
            description = "Database password.")
    String jdbcPassword;

    @Option(names = "--group-id", paramLabel = "ID", defaultValue = Dashboard.DEFAULT_GROUP,
            description = "Consumer group the dashboard commits its position to (for lag monitoring; every instance "
                    + "reads every partition).")
    String groupId;

    @Option(names = "--backfill", paramLabel = "N", defaultValue = "100",
            description = "Articles per partition read from before the end at start, so the page is not empty.")
    int backfill;

    @Override
    public Integer call() throws InterruptedException {
        Ports.requireFree(host, port, "--port");
        Map<String, Object> clients = kafka.clientProperties(root.environment(), root.fileSettings());
        LOG.info("starting dashboard with {}", KafkaClientOptions.redacted(clients));
        Optional<Database.Config> db = Optional.ofNullable(jdbcUrl).filter(u -> !u.isBlank())
                .map(u -> new Database.Config(u, Optional.ofNullable(jdbcUser), Optional.ofNullable(jdbcPassword), 2));
        db.ifPresent(d -> Urls.requireJdbc(spec, d.url()));
        Dashboard.Config config = new Dashboard.Config(SinkSettings.of(clients, groupId), host, port, backfill, 2000, db);
        Metrics metrics = new Metrics();
        Dashboard dashboard = new Dashboard(config, metrics);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("wirestream dashboard: stopping...");
            dashboard.close();
            metrics.close();
            stopped.countDown();
        }, "dashboard-shutdown"));
        dashboard.start();
        System.out.println("dashboard=" + dashboard.url());
        System.out.flush();
        System.err.println("wirestream dashboard: open " + dashboard.url() + db.map(d -> " (search: " + d.redactedUrl() + ")")
                .orElse("") + "; Ctrl-C to stop.");
        stopped.await();
        return 0;
    }
}
