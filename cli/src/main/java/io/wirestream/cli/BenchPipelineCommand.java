package io.wirestream.cli;

import io.wirestream.cli.bench.PipelineBenchmark;
import io.wirestream.cli.bench.StreamsBenchmark;
import io.wirestream.consumer.jdbc.Database;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wirestream bench pipeline} (also plain {@code wirestream bench}): the whole pipeline against its raw ceilings. */
@Command(name = "pipeline",
        mixinStandardHelpOptions = true,
        description = {
                "End-to-end benchmark of the whole pipeline in this JVM: ArticlePublisher -> the Streams topology with the real "
                        + "engine -> the JDBC sink into an embedded H2 database (or --jdbc-url), fed generated 3 KB articles "
                        + "at the maximum rate and then at a fixed rate of half that (or --rate).",
                "Reports the ingest rate, enriched articles/s, articles/s into the database, end-to-end latency p50/p95/p99/max "
                        + "(fetchedAt -> row in the database, from the rows' fetched_at and sunk_at), CPU and heap; and, in the "
                        + "same run on the same records, the ceilings: the raw Kafka producer alone and a pass-through Streams "
                        + "topology, with the ratios.",
                "Starts an embedded Kafka broker and schema registry in this JVM unless --bootstrap-server is given."
        })
final class BenchPipelineCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    BenchCluster.Options cluster = new BenchCluster.Options();

    @Mixin
    BenchLoad load = new BenchLoad();

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "Sink into this database (e.g. jdbc:postgresql://127.0.0.1:5432/test) instead of an embedded H2 file.")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "Database user.")
    String jdbcUser;

    @Option(names = "--jdbc-password", paramLabel = "PASSWORD", showDefaultValue = CommandLine.Help.Visibility.NEVER,
            description = "Database password.")
    String jdbcPassword;

    @Override
    public Integer call() throws Exception {
        Optional<Database.Config> database = Optional.ofNullable(jdbcUrl).filter(u -> !u.isBlank()).map(u -> {
            Urls.requireJdbc(spec, u);
            return new Database.Config(u, Optional.ofNullable(jdbcUser), Optional.ofNullable(jdbcPassword), 3);
        });
        try (BenchCluster c = BenchCluster.start(cluster, "bench pipeline")) {
            PipelineBenchmark.Results r = new PipelineBenchmark(new PipelineBenchmark.Settings(c.clients(), database,
                    load.generator, load.articles, load.warmUp, load.engineWarmUp, load.bodyChars, load.partitions, load.threads,
                    load.fixedRate(), load.pacedDuration, c.workDir()),
                    line -> System.err.println("bench pipeline: " + line)).run();
            System.out.printf("%-20s %9s %9s %10s %9s %7s %7s %7s %7s %5s %10s %7s%n", "phase", "articles", "ingest/s",
                    "enriched/s", "into DB/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "CPU", "CPU-ms/art", "heap MB");
            for (PipelineBenchmark.Phase p : java.util.List.of(r.max(), r.half())) {
                System.out.printf("%-20s %,9d %,9.0f %,10.0f %,9.0f %7.0f %7.0f %7.0f %7.0f %4.0f%% %10.2f %7d%n", p.name(),
                        p.articles(), p.ingestPerSecond(), p.enrichedPerSecond(), p.sunkPerSecond(), p.latency().p50(),
                        p.latency().p95(), p.latency().p99(), p.latency().max(), 100 * p.usage().machineShare(),
                        p.usage().cpuMillisPer(p.articles()), p.usage().heapPeakMegabytes());
            }
            System.out.printf("%nCPU-ms per article by part:%n%-20s %8s %8s %8s %8s%n", "phase", "engine", "streams", "java",
                    "native");
            for (PipelineBenchmark.Phase p : java.util.List.of(r.max(), r.half())) {
                System.out.printf("%-20s %s%n", p.name(), p.usage().partsPer(p.articles()));
            }
            System.out.println();
            System.out.printf("ceiling: raw Kafka producer alone      %,9.0f articles/s%n", r.rawProducerPerSecond());
            System.out.printf("ceiling: pass-through Streams topology %,9.0f articles/s (CPU %.0f%%, %.2f CPU-ms/article)%n",
                    r.passThroughPerSecond(), 100 * r.passThroughUsage().machineShare(),
                    r.passThroughUsage().cpuMillisPer((long) load.articles * StreamsBenchmark.CEILING_REPEATS));
            System.out.printf("enriched = %.1f%% of the pass-through ceiling (aim: at least 25%%); into the database = %.1f%% of it; "
                    + "publisher ingest (while the pipeline runs) = %.1f%% of the raw producer alone; p99 end-to-end at %s = %.0f ms "
                    + "(aim: under 500 ms)%n", 100 * r.enrichedShareOfPassThrough(), 100 * r.sunkShareOfPassThrough(),
                    100 * r.ingestShareOfRawProducer(), r.half().name(), r.half().latency().p99());
            System.out.printf("%s, %s, database %s, %s%n", load.describe(r.recordBytes()), c.guarantee(), r.database(),
                    c.describe());
            return 0;
        }
    }
}
