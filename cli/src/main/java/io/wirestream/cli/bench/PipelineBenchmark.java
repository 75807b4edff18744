package io.wirestream.cli.bench;

import io.wirestream.consumer.SinkSettings;
import io.wirestream.consumer.jdbc.Database;
import io.wirestream.consumer.jdbc.JdbcSink;
import io.wirestream.ops.Metrics;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.Publication;
import io.wirestream.producer.PublisherSettings;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.topics.TopicCatalogue;
import io.wirestream.schemas.topics.TopicSetup;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serializer;

/**
 * {@code wirestream bench pipeline} (and plain {@code wirestream bench}): the whole pipeline in this
 * process — {@link ArticlePublisher} → the streams topology with the real engine → the JDBC sink
 * into the embedded H2 database (or {@code --jdbc-url}) — fed generated 3 KB articles
 * <ol>
 *   <li>at the maximum rate: everything published at once; ingest rate (until acknowledged),
 *       enriched articles/s (until the last enriched record is committed), articles/s into the
 *       database (until the last row);</li>
 *   <li>at a fixed rate of half the maximum (the end-to-end rate of 1.), each article's fetchedAt
 *       the moment it was due;</li>
 * </ol>
 * each with end-to-end latency (fetchedAt → row in the database, from the rows' {@code fetched_at}
 * and {@code sunk_at}), CPU and heap; then, in the same run and on the same records, the ceilings:
 * the raw Kafka producer alone, and a pass-through Streams topology (each sent the articles
 * {@value StreamsBenchmark#CEILING_REPEATS} times over, so that it is measured over seconds).
 */
public final class PipelineBenchmark {

    /**
     * @param database      where the sink writes; empty for an H2 file database under {@code workDir}
     * @param kind          how the articles are generated ({@link BenchArticles})
     * @param warmUp        articles through the whole pipeline before it is measured
     * @param engineWarmUp  articles through the engine alone first (JIT)
     * @param rate          articles/s of the fixed-rate phase; empty for half the maximum end-to-end rate
     * @param pacedDuration how long the fixed-rate phase publishes
     */
    public record Settings(Map<String, Object> clients, Optional<Database.Config> database, BenchArticles.Kind kind, int articles,
            int warmUp, int engineWarmUp, int bodyChars, int partitions, int threads, OptionalDouble rate, Duration pacedDuration,
            Path workDir) {
    }

    /** One phase through the whole pipeline. */
    public record Phase(String name, long articles, double ingestPerSecond, double enrichedPerSecond, double sunkPerSecond,
            Percentiles latency, ResourceUsage usage) {
    }

    public record Results(Phase max, Phase half, double rawProducerPerSecond, double passThroughPerSecond,
            ResourceUsage passThroughUsage, double recordBytes, String database) {

        /** Enriched articles/s at maximum rate as a share of the pass-through topology (aim: at least 25 %). */
        public double enrichedShareOfPassThrough() {
            return max.enrichedPerSecond() / passThroughPerSecond;
        }

        /** The publisher's ingest rate as a share of the raw producer's. */
        public double ingestShareOfRawProducer() {
            return max.ingestPerSecond() / rawProducerPerSecond;
        }

        /** Articles/s into the database as a share of the pass-through topology. */
        public double sunkShareOfPassThrough() {
            return max.sunkPerSecond() / passThroughPerSecond;
        }
    }

    private final Settings settings;
    private final Consumer<String> progress;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);

    public PipelineBenchmark(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public Results run() throws InterruptedException, SQLException {
        Map<String, Object> clients = TopologyRun.ownTopics(settings.clients(), "bench." + runId + ".pipeline.");
        Database.Config db = settings.database().orElseGet(() -> Database.Config.of(Database.h2FileUrl(
                settings.workDir().resolve("db").resolve("bench").toAbsolutePath())));
        progress.accept("warming up the enrichment engine with " + settings.engineWarmUp() + " articles");
        BenchArticles.warmEngine(settings.kind(), settings.engineWarmUp(), settings.bodyChars());
        Phase max;
        Phase half;
        try (Metrics metrics = new Metrics();
             TopologyRun streams = TopologyRun.enrichment(clients, runId + "-pipeline", settings.threads(), settings.partitions(),
                     settings.workDir().resolve("streams-pipeline"), metrics)) {
            progress.accept("starting the pipeline: streams topology (loading the engine), database sink, publisher");
            streams.start().awaitRunning(Duration.ofMinutes(2));
            try (JdbcSink sink = new JdbcSink(new JdbcSink.Config(SinkSettings.of(clients, "bench-sink-" + runId), db), metrics);
                 ArticlePublisher publisher = ArticlePublisher.start(PublisherSettings.of(clients));
                 OutputWatcher enriched = new OutputWatcher(clients, streams.output()).start()) {
                sink.database().migrate(); // before the first count (the sink migrates too, on its own thread)
                sink.start();
                publisher.partitions();
                SunkArticles rows = new SunkArticles(sink.database());
                String warmSource = "bench-" + runId + "-warmup";
                progress.accept("warm-up: " + settings.warmUp() + " articles through the whole pipeline");
                publishAll(publisher, BenchArticles.generate(settings.kind(), 21, settings.warmUp(), settings.bodyChars(),
                        warmSource));
                rows.await(warmSource, settings.warmUp(), timeout(settings.warmUp()));
                enriched.await(settings.warmUp(), timeout(settings.warmUp()));

                max = phase("maximum rate", "bench-" + runId + "-max", 22, settings.articles(), OptionalDouble.empty(),
                        publisher, enriched, rows);
                double rate = settings.rate().orElse(max.sunkPerSecond() / 2);
                int paced = (int) Math.max(1, Math.round(rate * settings.pacedDuration().toNanos() / 1e9));
                half = phase(String.format("fixed rate %.0f/s", rate), "bench-" + runId + "-half", 23, paced,
                        OptionalDouble.of(rate), publisher, enriched, rows);
            }
        }
        List<RawArticle> articles = BenchArticles.generate(settings.kind(), 22, settings.articles(), settings.bodyChars(),
                "bench-" + runId + "-max");
        double raw = rawProducer(articles);
        ResourceUsage[] passUsage = new ResourceUsage[1];
        double pass = passThrough(articles, passUsage);
        Serializer<RawArticle> s = TopicCatalogue.valueSerde(RawArticle.class, settings.clients()).serializer();
        double bytes = BenchArticles.averageBytes(BenchArticles.avro(articles.subList(0, Math.min(100, articles.size())), s,
                "bench." + runId + ".size"));
        return new Results(max, half, raw, pass, passUsage[0], bytes, db.redactedUrl());
    }

    private Phase phase(String name, String source, long seed, int n, OptionalDouble rate, ArticlePublisher publisher,
            OutputWatcher enriched, SunkArticles rows) throws InterruptedException, SQLException {
        progress.accept(name + ": " + n + " articles through the whole pipeline");
        List<RawArticle> articles = BenchArticles.generate(settings.kind(), seed, n, settings.bodyChars(), source);
        enriched.mark();
        ResourceUsage.Sampler sampler = ResourceUsage.start();
        long t0 = System.nanoTime();
        long t0Wall = System.currentTimeMillis();
        Duration ingest = rate.isPresent() ? publishPaced(publisher, articles, rate.getAsDouble()) : publishAll(publisher, articles);
        StreamsBenchmark.await(enriched, n, "enrichment");
        long enrichedNanos = enriched.lastArrivalNanos() - t0;
        rows.await(source, n, timeout(n));
        ResourceUsage usage = sampler.stop();
        SunkArticles.Sunk sunk = rows.latencies(source);
        Phase p = new Phase(name, n, n / seconds(ingest), n / (enrichedNanos / 1e9),
                n / Math.max(1e-3, (sunk.lastSunkEpochMillis() - t0Wall) / 1e3), Percentiles.of(sunk.latencyMillis()), usage);
        progress.accept(String.format("  ingest %,.0f/s, enriched %,.0f/s, into the database %,.0f/s, p99 %.0f ms",
                p.ingestPerSecond(), p.enrichedPerSecond(), p.sunkPerSecond(), p.latency().p99()));
        return p;
    }

    /** Publishes everything at once (fetchedAt: now); returns when every article is acknowledged. */
    private static Duration publishAll(ArticlePublisher publisher, List<RawArticle> articles) {
        long t0 = System.nanoTime();
        List<CompletableFuture<Publication>> acks = new ArrayList<>(articles.size());
        for (RawArticle a : articles) {
            a.setFetchedAt(Instant.now());
            acks.add(publisher.publish(a));
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** Publishes at a fixed rate; each article's fetchedAt is the moment it was due. */
    private static Duration publishPaced(ArticlePublisher publisher, List<RawArticle> articles, double perSecond) {
        long t0 = System.nanoTime();
        long t0Wall = System.currentTimeMillis();
        List<CompletableFuture<Publication>> acks = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            long due = (long) (i * 1e9 / perSecond);
            long wait = t0 + due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            RawArticle a = articles.get(i);
            a.setFetchedAt(Instant.ofEpochMilli(t0Wall + due / 1_000_000));
            acks.add(publisher.publish(a));
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** The Kafka producer alone, sending the same articles' finished Avro bytes to a fresh topic. */
    private double rawProducer(List<RawArticle> articles) {
        progress.accept("ceiling 1: the raw Kafka producer alone, " + articles.size() + " articles x "
                + StreamsBenchmark.CEILING_REPEATS);
        String topic = "bench." + runId + ".raw-producer";
        TopicSetup.create(TopicSetup.adminConfig(settings.clients()), List.of(new NewTopic(topic, Optional.of(settings.partitions()),
                Optional.of((short) -1))));
        Serializer<RawArticle> s = TopicCatalogue.valueSerde(RawArticle.class, settings.clients()).serializer();
        byte[][] bytes = BenchArticles.avro(articles, s, topic);
        List<String> keys = articles.stream().map(RawArticle::getId).toList();
        try (RecordSender sender = new RecordSender(settings.clients())) {
            sender.warm(topic);
            sender.sendAll(topic, keys.subList(0, Math.min(keys.size(), 2000)), java.util.Arrays.copyOf(bytes,
                    Math.min(bytes.length, 2000)));
            int times = StreamsBenchmark.CEILING_REPEATS;
            double r = articles.size() * times / seconds(sender.sendAll(topic, BenchArticles.repeat(keys, times),
                    BenchArticles.repeat(bytes, times)));
            progress.accept(String.format("  %,.0f articles/s", r));
            return r;
        }
    }

    /** A pass-through topology on the same records: sent at once, articles/s until the last output is committed. */
    private double passThrough(List<RawArticle> articles, ResourceUsage[] usage) throws InterruptedException {
        progress.accept("ceiling 2: a pass-through Streams topology, " + settings.warmUp() + " warm-up + " + articles.size()
                + " articles x " + StreamsBenchmark.CEILING_REPEATS);
        String label = runId + "-pipeline-passthrough";
        Map<String, Object> clients = TopologyRun.ownTopics(settings.clients(), "bench." + label + ".");
        List<RawArticle> warm = BenchArticles.generate(settings.kind(), 24, settings.warmUp(), settings.bodyChars(),
                "bench-warmup");
        try (TopologyRun run = TopologyRun.passThrough(clients, label, settings.threads(), settings.partitions(),
                settings.workDir().resolve("streams-passthrough"))) {
            run.start().awaitRunning(Duration.ofMinutes(2));
            Serializer<RawArticle> s = TopicCatalogue.valueSerde(RawArticle.class, clients).serializer();
            byte[][] warmBytes = BenchArticles.avro(warm, s, run.input());
            byte[][] bytes = BenchArticles.avro(articles, s, run.input());
            try (RecordSender sender = new RecordSender(clients); OutputWatcher out = new OutputWatcher(clients, run.output()).start()) {
                sender.warm(run.input());
                sender.sendAll(run.input(), warm.stream().map(RawArticle::getId).toList(), warmBytes);
                StreamsBenchmark.await(out, warm.size(), "pass-through warm-up");
                out.mark();
                ResourceUsage.Sampler sampler = ResourceUsage.start();
                long t0 = System.nanoTime();
                int times = StreamsBenchmark.CEILING_REPEATS;
                sender.sendAll(run.input(), BenchArticles.repeat(articles.stream().map(RawArticle::getId).toList(), times),
                        BenchArticles.repeat(bytes, times));
                StreamsBenchmark.await(out, (long) articles.size() * times, "pass-through");
                usage[0] = sampler.stop();
                double r = articles.size() * times / ((out.lastArrivalNanos() - t0) / 1e9);
                progress.accept(String.format("  %,.0f articles/s", r));
                return r;
            }
        }
    }

    private static Duration timeout(long n) {
        return Duration.ofSeconds(120 + n / 20);
    }

    private static double seconds(Duration d) {
        return Math.max(1e-9, d.toNanos() / 1e9);
    }
}
