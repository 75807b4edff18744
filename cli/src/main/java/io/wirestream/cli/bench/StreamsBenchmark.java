package io.wirestream.cli.bench;

import io.wirestream.ops.Metrics;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.topics.TopicCatalogue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * {@code wirestream bench streams}: Wirestream's topology with the real engine against a
 * pass-through topology (same records, identity transform, same Kafka Streams settings) as the
 * ceiling, in the same run on the same broker. Each topology gets fresh topics, a warm-up, then
 * <ol>
 *   <li>throughput: the articles sent as fast as a raw producer can; articles/s from the first send
 *       to the last output committed (latencies are reported too, but they measure the backlog);
 *       the pass-through gets the same articles {@value #CEILING_REPEATS} times over, so that it too
 *       is measured over seconds rather than a fraction of one;</li>
 *   <li>latency: articles sent at a fixed rate, the same for both topologies (by default half the
 *       real topology's throughput); end-to-end latency from the moment each was due to its output
 *       being readable ({@code read_committed}), p50/p95/p99/max.</li>
 * </ol>
 */
public final class StreamsBenchmark {

    /**
     * @param kind          how the articles are generated ({@link BenchArticles})
     * @param articles      articles per throughput measurement
     * @param warmUp        articles through each topology before it is measured
     * @param engineWarmUp  articles through the engine alone first (JIT)
     * @param rate          articles per second of the latency measurements; empty for half the real topology's throughput
     * @param pacedDuration how long each latency measurement sends
     */
    public record Settings(Map<String, Object> clients, BenchArticles.Kind kind, int articles, int warmUp, int engineWarmUp,
            int bodyChars, int partitions, int threads, OptionalDouble rate, Duration pacedDuration, Path workDir) {
    }

    /** One topology, one way of sending. */
    public record Measurement(String topology, String mode, long articles, Duration elapsed, Percentiles latency,
            ResourceUsage usage) {

        public double perSecond() {
            return articles / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }
    }

    public record Results(Measurement enrichMax, Measurement passMax, Measurement enrichPaced, Measurement passPaced,
            double rate, double recordBytes) {

        /** Enriched throughput as a share of the pass-through ceiling (aim: at least 25 %). */
        public double throughputRatio() {
            return enrichMax.perSecond() / passMax.perSecond();
        }

        public List<Measurement> all() {
            return List.of(enrichMax, passMax, enrichPaced, passPaced);
        }
    }

    /** How often the ceiling gets the same records at maximum rate, so that it is measured over seconds too. */
    public static final int CEILING_REPEATS = 5;

    private final Settings settings;
    private final Consumer<String> progress;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private int runs;

    public StreamsBenchmark(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public Results run() throws InterruptedException {
        progress.accept("warming up the enrichment engine with " + settings.engineWarmUp() + " articles");
        BenchArticles.warmEngine(settings.kind(), settings.engineWarmUp(), settings.bodyChars());
        List<RawArticle> articles = BenchArticles.generate(settings.kind(), 11, settings.articles(), settings.bodyChars(),
                "bench");
        List<RawArticle> warm = BenchArticles.generate(settings.kind(), 12, settings.warmUp(), settings.bodyChars(),
                "bench-warmup");
        try (Metrics metrics = new Metrics()) {
            Measurement enrichMax = measure("enrich", metrics, warm, articles, OptionalDouble.empty());
            Measurement passMax = measure("pass-through", metrics, warm, articles, OptionalDouble.empty());
            double rate = settings.rate().orElse(enrichMax.perSecond() / 2);
            int paced = (int) Math.max(1, Math.round(rate * settings.pacedDuration().toNanos() / 1e9));
            List<RawArticle> pacedArticles = BenchArticles.generate(settings.kind(), 13, paced, settings.bodyChars(),
                    "bench-paced");
            Measurement enrichPaced = measure("enrich", metrics, warm, pacedArticles, OptionalDouble.of(rate));
            Measurement passPaced = measure("pass-through", metrics, warm, pacedArticles, OptionalDouble.of(rate));
            return new Results(enrichMax, passMax, enrichPaced, passPaced, rate, averageBytes(articles));
        }
    }

    private double averageBytes(List<RawArticle> articles) {
        Serializer<RawArticle> s = TopicCatalogue.valueSerde(RawArticle.class, settings.clients()).serializer();
        return BenchArticles.averageBytes(BenchArticles.avro(articles.subList(0, Math.min(100, articles.size())), s,
                "bench." + runId + ".size"));
    }

    private Measurement measure(String topology, Metrics metrics, List<RawArticle> warm, List<RawArticle> articles,
            OptionalDouble rate) throws InterruptedException {
        String label = runId + "-" + (++runs) + "-" + topology;
        Map<String, Object> clients = TopologyRun.ownTopics(settings.clients(), "bench." + label + ".");
        Path state = settings.workDir().resolve("streams-" + label);
        String mode = rate.isPresent() ? String.format("%.0f/s", rate.getAsDouble()) : "max";
        progress.accept(topology + " topology, " + (rate.isPresent() ? "fixed rate " + mode : "maximum rate") + ": "
                + warm.size() + " warm-up + " + articles.size() + " articles");
        try (TopologyRun run = topology.equals("enrich")
                ? TopologyRun.enrichment(clients, label, settings.threads(), settings.partitions(), state, metrics)
                : TopologyRun.passThrough(clients, label, settings.threads(), settings.partitions(), state)) {
            run.start().awaitRunning(Duration.ofMinutes(2));
            Serializer<RawArticle> serializer = TopicCatalogue.valueSerde(RawArticle.class, clients).serializer();
            byte[][] warmBytes = BenchArticles.avro(warm, serializer, run.input());
            byte[][] bytes = BenchArticles.avro(articles, serializer, run.input());
            List<String> warmKeys = warm.stream().map(RawArticle::getId).toList();
            List<String> keys = articles.stream().map(RawArticle::getId).toList();
            int times = rate.isEmpty() && !topology.equals("enrich") ? CEILING_REPEATS : 1;
            try (RecordSender sender = new RecordSender(clients);
                 OutputWatcher watcher = new OutputWatcher(clients, run.output()).start()) {
                sender.warm(run.input());
                sender.sendAll(run.input(), warmKeys, warmBytes);
                await(watcher, warm.size(), topology + " warm-up");
                watcher.mark();
                ResourceUsage.Sampler sampler = ResourceUsage.start();
                long t0 = System.nanoTime();
                if (rate.isPresent()) {
                    sender.sendPaced(run.input(), keys, bytes, rate.getAsDouble());
                } else {
                    sender.sendAll(run.input(), BenchArticles.repeat(keys, times), BenchArticles.repeat(bytes, times));
                }
                await(watcher, (long) articles.size() * times, topology);
                ResourceUsage usage = sampler.stop();
                Measurement m = new Measurement(topology, mode, (long) articles.size() * times,
                        Duration.ofNanos(watcher.lastArrivalNanos() - t0), Percentiles.of(watcher.latencies()), usage);
                progress.accept(String.format("  %,.0f articles/s, p99 %.0f ms", m.perSecond(), m.latency().p99()));
                return m;
            }
        }
    }

    /** Waits for {@code n} outputs, allowing the topology at least 20 articles per second. */
    static void await(OutputWatcher watcher, long n, String what) throws InterruptedException {
        Duration timeout = Duration.ofSeconds(120 + n / 20);
        if (!watcher.await(n, timeout)) {
            throw new IllegalStateException(what + ": only " + watcher.count() + " of " + n + " articles came out within "
                    + timeout.toSeconds() + " s");
        }
    }
}
