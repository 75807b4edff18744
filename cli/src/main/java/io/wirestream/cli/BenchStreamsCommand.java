package io.wirestream.cli;

import io.wirestream.cli.bench.StreamsBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code wirestream bench streams}: the enrichment topology against a pass-through ceiling, in one run. */
@Command(name = "streams",
        mixinStandardHelpOptions = true,
        description = {
                "Throughput and end-to-end latency of Wirestream's Streams topology (validate, dedupe, enrich with the real "
                        + "engine, route, trends; exactly once) against a pass-through topology (the same records read, "
                        + "passed on unchanged and written, same settings) as the ceiling, in the same run on the same broker.",
                "Each topology gets fresh topics and a warm-up; then --articles generated 3 KB articles sent at once "
                        + "(articles/s from the first send to the last output committed), and articles at a fixed rate "
                        + "(--rate, default half the enrichment topology's throughput) for --paced-duration, with latency "
                        + "p50/p95/p99/max from each article's send to its output being readable (read_committed).",
                "Starts an embedded Kafka broker and schema registry in this JVM unless --bootstrap-server is given."
        })
final class BenchStreamsCommand implements Callable<Integer> {

    @Mixin
    BenchCluster.Options cluster = new BenchCluster.Options();

    @Mixin
    BenchLoad load = new BenchLoad();

    @Override
    public Integer call() throws Exception {
        try (BenchCluster c = BenchCluster.start(cluster, "bench streams")) {
            StreamsBenchmark.Results r = new StreamsBenchmark(new StreamsBenchmark.Settings(c.clients(), load.generator,
                    load.articles, load.warmUp, load.engineWarmUp, load.bodyChars, load.partitions, load.threads, load.fixedRate(),
                    load.pacedDuration, c.workDir()),
                    line -> System.err.println("bench streams: " + line)).run();
            System.out.printf("%-13s %-9s %9s %11s %8s %8s %8s %8s %6s %10s %8s%n", "topology", "rate", "articles", "articles/s",
                    "p50 ms", "p95 ms", "p99 ms", "max ms", "CPU", "CPU-ms/art", "heap MB");
            for (StreamsBenchmark.Measurement m : r.all()) {
                System.out.printf("%-13s %-9s %,9d %,11.0f %8.0f %8.0f %8.0f %8.0f %5.0f%% %10.2f %8d%n", m.topology(), m.mode(),
                        m.articles(), m.perSecond(), m.latency().p50(), m.latency().p95(), m.latency().p99(), m.latency().max(),
                        100 * m.usage().machineShare(), m.usage().cpuMillisPer(m.articles()), m.usage().heapPeakMegabytes());
            }
            System.out.printf("%nCPU-ms per article by part:%n%-13s %-9s %8s %8s %8s %8s%n", "topology", "rate", "engine", "streams",
                    "java", "native");
            for (StreamsBenchmark.Measurement m : r.all()) {
                System.out.printf("%-13s %-9s %s%n", m.topology(), m.mode(), m.usage().partsPer(m.articles()));
            }
            System.out.printf("enriched throughput = %.1f%% of the pass-through ceiling (aim: at least 25%%); at %,.0f articles/s "
                    + "p99 %.0f ms enriched vs %.0f ms pass-through%n", 100 * r.throughputRatio(), r.rate(),
                    r.enrichPaced().latency().p99(), r.passPaced().latency().p99());
            System.out.printf("%s, %s, %s%n", load.describe(r.recordBytes()), c.guarantee(), c.describe());
            return 0;
        }
    }
}
