package io.wirestream.cli;

import io.wirestream.embedded.EmbeddedPlatform;
import io.wirestream.producer.bench.IngestBenchmark;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wirestream bench ingest}: articles/s into Kafka through the raw producer, the library and HTTP, in one run. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
                "Ingest throughput with generated articles (about 3 KB each by default), four ways in the same run and "
                        + "against the same broker: the raw Kafka producer sending the articles' finished Avro bytes (the "
                        + "ceiling); the raw producer with the Avro serde sending ready-made RawArticles; ArticlePublisher "
                        + "(validation, normalization, id, duplicate check, Avro, acknowledged futures); and HTTP POST "
                        + "/articles (NDJSON batches from concurrent clients, answered after the brokers' acknowledgement). "
                        + "Same producer settings for all (acks=all, idempotence, 5 ms linger, 256 KB batches, lz4); a fresh "
                        + "topic per measurement; the median of the rounds is reported, with the CPU time the process "
                        + "(embedded broker included) spent per article, and that of the sending thread (which also "
                        + "compresses the batches).",
                "Starts an embedded Kafka broker and schema registry in this JVM unless --bootstrap-server is given."
        })
final class BenchIngestCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT",
            description = "Measure against this cluster instead of an embedded broker (needs --schema-registry-url).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL", description = "Registry of that cluster.")
    String schemaRegistryUrl;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "20000", description = "Articles per path and round.")
    int articles;

    @Option(names = "--body-chars", paramLabel = "N", defaultValue = "3000", description = "Body size of each article.")
    int bodyChars;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "1", description = "Partitions of each benchmark topic.")
    int partitions;

    @Option(names = "--warmup-rounds", paramLabel = "N", defaultValue = "2",
            description = "Rounds of every path before the measured ones (JIT warm-up of client and embedded broker).")
    int warmUpRounds;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Measured rounds (the median is reported).")
    int rounds;

    @Option(names = "--http-clients", paramLabel = "N", defaultValue = "4", description = "Concurrent HTTP clients.")
    int httpClients;

    @Option(names = "--http-batch", paramLabel = "N", defaultValue = "500", description = "Articles per HTTP request.")
    int httpBatch;

    @Override
    public Integer call() throws Exception {
        EmbeddedPlatform platform = null;
        try {
            Map<String, Object> clients = new LinkedHashMap<>();
            if (bootstrapServers == null) {
                System.err.println("bench ingest: starting an embedded Kafka broker and schema registry...");
                platform = new EmbeddedPlatform(EmbeddedPlatform.Config.temporary()).start();
                clients.put("bootstrap.servers", platform.bootstrapServers());
                clients.put("schema.registry.url", platform.schemaRegistryUrl());
            } else {
                clients.put("bootstrap.servers", bootstrapServers);
                clients.put("schema.registry.url", schemaRegistryUrl == null ? "http://127.0.0.1:8081" : schemaRegistryUrl);
            }
            IngestBenchmark.Results r = new IngestBenchmark(new IngestBenchmark.Settings(clients, articles, bodyChars, partitions,
                    warmUpRounds, rounds, httpClients, httpBatch), line -> System.err.println("bench ingest: " + line)).run();
            System.out.printf("%-22s %12s %8s %8s %14s %14s%n", "path", "articles/s", "MB/s", "vs raw", "CPU-us/article",
                    "sender-CPU-us");
            for (IngestBenchmark.Result x : r.all()) {
                System.out.printf("%-22s %,12.0f %8.1f %7.0f%% %14.1f %14s%n", x.path(), x.articlesPerSecond(), x.megabytesPerSecond(),
                        100 * x.articlesPerSecond() / r.raw().articlesPerSecond(), x.cpuMicrosPerArticle(),
                        x.callerCpu().isZero() ? "-" : String.format("%.1f", x.callerCpuMicrosPerArticle()));
            }
            System.out.printf("library = %.0f%% of the raw producer sending bytes, %.0f%% of the raw producer with the Avro serde "
                    + "(aim: at least 80%%); %,d articles per path and round, median of %d rounds, %,.0f bytes per record, "
                    + "%d partition(s), %s%n", 100 * r.libraryShareOfRaw(), 100 * r.libraryShareOfRawWithSerde(), articles, rounds,
                    r.raw().recordBytes(), partitions, platform == null ? bootstrapServers : "embedded broker in this JVM");
            return 0;
        } finally {
            if (platform != null) {
                platform.close();
            }
        }
    }
}
