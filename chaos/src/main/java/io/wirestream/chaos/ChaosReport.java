package io.wirestream.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chaos run's report: a Markdown table, one line per scenario (scenario, N, the fault and how
 * long it lasted, lost, duplicated, dead letters, resent, elapsed), in {@code chaos/target/chaos-report.md}
 * and in the test log. {@link #begin} starts a fresh file for the run.
 */
public final class ChaosReport {

    private static final Logger LOG = LoggerFactory.getLogger(ChaosReport.class);
    static final String HEADER = "| scenario | N | fault | fault duration | lost | duplicated | dead letters | resent | elapsed |\n"
            + "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n";

    /** One scenario's result. */
    public record Line(String scenario, int articles, String fault, Duration faultDuration, Reconciliation outcome,
            Duration elapsed) {

        public String markdown() {
            return String.format(Locale.ROOT, "| %s | %,d | %s | %.1f s | %d | %d | %d | %d | %.1f s |", scenario, articles,
                    fault, faultDuration.toMillis() / 1000.0, outcome.lost(), outcome.duplicated(), outcome.deadLetters(),
                    outcome.resent(), elapsed.toMillis() / 1000.0);
        }
    }

    private final Path file;

    private ChaosReport(Path file) {
        this.file = file;
    }

    /** A new report for this run (replacing the last run's), headed by the run's settings. */
    public static ChaosReport begin(ChaosSettings s) {
        String head = "# Chaos report\n\n" + String.format(Locale.ROOT,
                "Run %s: N = %,d articles per scenario, faults of %d s, load %d articles/s, %d partitions, "
                        + "article bodies of %,d characters; `wirestream streams --threads 1` and `wirestream sink` in "
                        + "JVMs of their own, one in-process KRaft broker and the embedded registry in the test JVM, "
                        + "PostgreSQL (schema of its own per scenario).%n%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), s.articles(), s.fault().toSeconds(), s.loadRate(),
                s.partitions(), s.bodyChars()) + HEADER;
        try {
            Files.createDirectories(s.reportFile().getParent());
            Files.writeString(s.reportFile(), head);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + s.reportFile(), e);
        }
        return new ChaosReport(s.reportFile());
    }

    public Path file() {
        return file;
    }

    /** Appends the line to the report and logs it. */
    public synchronized void add(Line line) {
        String md = line.markdown();
        LOG.info("chaos report: {}", md);
        System.out.println("[chaos] " + md);
        try {
            Files.writeString(file, md + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }
}
