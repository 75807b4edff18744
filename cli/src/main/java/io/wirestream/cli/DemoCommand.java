package io.wirestream.cli;

import io.wirestream.cli.config.DurationConverter;
import io.wirestream.cli.demo.BundledArticles;
import io.wirestream.cli.demo.Demo;
import io.wirestream.cli.demo.DemoSummary;
import io.wirestream.consumer.jdbc.Database;
import io.wirestream.producer.bulk.InputPaths;
import io.wirestream.producer.bulk.InputSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wirestream demo}: the whole pipeline on embedded defaults, with sample articles. */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = {
                "Run the whole pipeline in this process and show it working: a Kafka broker and schema registry, the "
                        + "streams topology with the enrichment engine, the database and JSONL sinks and the live dashboard. "
                        + "Publishes the bundled sample articles (34 stories in NDJSON, JSON, text, HTML and RSS, with a "
                        + "few duplicates and broken inputs) or --articles, plus two records from a careless client so the "
                        + "dead-letter door is visible; prints a summary table and the dashboard URL and keeps running "
                        + "until Ctrl-C.",
                "",
                "Everything goes under --data-dir (emptied at start, kept at exit for a look at the database and files). "
                        + "Exit status with --exit-when-done: 0 when every published record left the topology by one door "
                        + "and every enriched article is in the database, 1 otherwise (the reason is printed)."
        })
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", paramLabel = "PATH", split = ",",
            description = "Publish these files, directories or globs instead of the bundled sample articles.")
    List<String> articles = new ArrayList<>();

    @Option(names = "--exit-when-done", description = "Exit once everything published is enriched and sunk (for scripts).")
    boolean exitWhenDone;

    @Option(names = "--summary-json", paramLabel = "FILE", description = "Also write the summary as JSON to FILE.")
    Path summaryJson;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "Sink into this database (e.g. jdbc:postgresql://127.0.0.1:5432/test) instead of the embedded one.")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "Database user.")
    String jdbcUser;

    @Option(names = "--jdbc-password", paramLabel = "PASSWORD", showDefaultValue = CommandLine.Help.Visibility.NEVER,
            description = "Database password.")
    String jdbcPassword;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "wirestream-data/demo",
            description = "Broker data, streams state, embedded database and JSONL files of this run.")
    Path dataDir;

    @Option(names = "--dashboard-port", paramLabel = "N", defaultValue = "8080",
            description = "Dashboard port; when it is taken, a free one is used instead (and printed).")
    int dashboardPort;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "How long to wait for every article to be enriched and sunk.")
    Duration timeout;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() throws InterruptedException, IOException {
        List<InputSource> inputs = inputs();
        Optional<Database.Config> database = Optional.ofNullable(jdbcUrl).filter(u -> !u.isBlank()).map(u -> {
            Urls.requireJdbc(spec, u);
            return new Database.Config(u, Optional.ofNullable(jdbcUser), Optional.ofNullable(jdbcPassword), 2);
        });
        int port = dashboardPort;
        try {
            Ports.requireFree("127.0.0.1", port, "--dashboard-port");
        } catch (CommandLine.PicocliException taken) {
            err.println("wirestream demo: port " + port + " is taken; the dashboard will use a free port");
            port = 0;
        }
        empty(dataDir);
        Demo demo = new Demo(new Demo.Config(dataDir, inputs, database, "127.0.0.1", port, timeout));
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            err.println("wirestream demo: stopping...");
            demo.close();
            stopped.countDown();
        }, "demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        DemoSummary summary;
        try (ProgressReporter bar = ProgressReporter.create("Publishing", -1, "articles", System.console() != null)) {
            summary = demo.run(new Demo.Listener() {
                private long lastReport;

                @Override
                public void stage(String message) {
                    err.println("wirestream demo: " + message + "...");
                }

                @Override
                public void published(long done) {
                    bar.step(done, "");
                }

                @Override
                public void waiting(long accounted, long expected, long sunk, long enriched) {
                    long now = System.currentTimeMillis();
                    if (now - lastReport > 2000) {
                        lastReport = now;
                        err.printf("wirestream demo: %d of %d records through the topology, %d of %d enriched articles in the "
                                + "database%n", accounted, expected, sunk, enriched);
                    }
                }
            });
        }
        summary.print(out);
        if (summaryJson != null) {
            Files.writeString(summaryJson, summary.toJson().toPrettyString() + "\n", StandardCharsets.UTF_8);
        }
        err.println("wirestream demo: data in " + dataDir.toAbsolutePath() + " (database, jsonl/, streams/, platform/)");
        if (exitWhenDone) {
            Runtime.getRuntime().removeShutdownHook(hook);
            demo.close();
            if (!summary.accountedFor()) {
                err.println("wirestream demo: not everything was accounted for within " + timeout.toSeconds() + " s: "
                        + (summary.published() + summary.foreign()) + " records in, " + summary.enriched() + " enriched + "
                        + summary.duplicates() + " duplicates + " + summary.deadLetters().size() + " dead letters out, "
                        + summary.sunk() + " in the database");
                return 1;
            }
            return 0;
        }
        err.println("wirestream demo: running; open " + summary.dashboardUrl() + " - Ctrl-C to stop.");
        stopped.await();
        return 0;
    }

    private List<InputSource> inputs() {
        if (articles.isEmpty()) {
            return BundledArticles.inputs();
        }
        try {
            return InputPaths.expand(articles, Path.of("").toAbsolutePath(), System.in);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static void empty(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    if (!p.equals(dir)) {
                        Files.delete(p);
                    }
                }
            }
        }
        Files.createDirectories(dir);
    }
}
