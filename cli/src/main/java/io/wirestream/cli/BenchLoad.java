package io.wirestream.cli;

import io.wirestream.cli.bench.BenchArticles;
import io.wirestream.cli.config.DurationConverter;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;
import picocli.CommandLine.Option;

/** The load options {@code bench streams} and {@code bench pipeline} share: what is sent, how much, how fast. */
final class BenchLoad {

    @Option(names = "--generator", paramLabel = "KIND", defaultValue = "mixed",
            description = "How articles are generated: mixed (entity-rich template sentences and diverse prose, the default), "
                    + "templates (alike texts: the dedupe stage's worst case) or prose (as bench ingest).")
    BenchArticles.Kind generator;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000", description = "Articles of each maximum-rate measurement.")
    int articles;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5000", description = "Warm-up articles before each measurement.")
    int warmUp;

    @Option(names = "--engine-warmup", paramLabel = "N", defaultValue = "10000",
            description = "Articles through the enrichment engine alone before anything is measured (JIT warm-up).")
    int engineWarmUp;

    @Option(names = "--body-chars", paramLabel = "N", defaultValue = "3000", description = "Body size of each article.")
    int bodyChars;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "2", description = "Partitions of the benchmark topics.")
    int partitions;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Stream threads of each topology.")
    int threads;

    @Option(names = "--rate", paramLabel = "PER_SECOND",
            description = "Articles/s of the fixed-rate measurements (default: half the maximum enriched rate).")
    Double rate;

    @Option(names = "--paced-duration", paramLabel = "DURATION", defaultValue = "20s", converter = DurationConverter.class,
            description = "How long each fixed-rate measurement sends.")
    Duration pacedDuration;

    OptionalDouble fixedRate() {
        return rate == null ? OptionalDouble.empty() : OptionalDouble.of(rate);
    }

    /** "mixed articles of 3,293 bytes, 2 partition(s), 1 stream thread(s)", for the last line of a report. */
    String describe(double recordBytes) {
        return String.format(Locale.ROOT, "%s articles of %,.0f bytes, %d partition(s), %d stream thread(s)",
                generator.name().toLowerCase(Locale.ROOT), recordBytes, partitions, threads);
    }
}
