package io.wirestream.producer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.ops.Health;
import io.wirestream.ops.Metrics;
import io.wirestream.producer.ArticleDraft;
import io.wirestream.producer.ArticleNormalizer;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.Limits;
import io.wirestream.producer.Publication;
import io.wirestream.producer.PublisherSettings;
import io.wirestream.producer.RawTopic;
import io.wirestream.producer.Validation;
import io.wirestream.producer.http.IngestServer;
import io.wirestream.producer.http.IngestSettings;
import io.wirestream.producer.internal.ProducerProperties;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.topics.TopicCatalogue;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Ingest throughput, four ways in the same run on the same cluster, with the same generated
 * articles and the same producer settings (acks=all, idempotence, 5 ms linger, 256 KB batches, lz4):
 * <ol>
 *   <li>the raw Kafka producer sending the articles' finished Avro bytes: the ceiling;</li>
 *   <li>the raw Kafka producer with the Avro serde sending ready-made {@code RawArticle}s: what code
 *       without the library does, serialization included;</li>
 *   <li>{@link ArticlePublisher}: validation, normalization, id, duplicate check, Avro, acknowledged futures;</li>
 *   <li>HTTP {@code POST /articles}: NDJSON batches from concurrent clients, each answered after the
 *       brokers' acknowledgement.</li>
 * </ol>
 * Warm-up rounds of every path are not measured (JIT). Each measurement writes to a fresh
 * topic, after its metadata is fetched and the schema registered; rounds alternate the paths and the
 * median round is reported, with the CPU time the whole process
 * (an embedded broker included) spent per article, which a shared machine disturbs less than rates.
 */
public final class IngestBenchmark {

    /**
     * @param clientConfig {@code bootstrap.servers}, {@code schema.registry.url} and other client properties
     * @param articles     articles per path and round
     * @param bodyChars    body size of each article (3 KB articles: about 3,000)
     * @param httpClients  concurrent HTTP clients
     * @param httpBatch    articles per HTTP request
     * @param warmUpRounds rounds of every path run before the measured ones (the JIT compiles the
     *                     client's and, with an embedded broker, the broker's code meanwhile)
     */
    public record Settings(Map<String, Object> clientConfig, int articles, int bodyChars, int partitions, int warmUpRounds,
            int rounds, int httpClients, int httpBatch) {
    }

    /** One measurement: wall-clock time, CPU time of this whole process, and of the thread that sent (zero for HTTP). */
    record Measurement(Duration elapsed, Duration cpu, Duration callerCpu) {
    }

    /**
     * One path's median round.
     *
     * @param cpu       CPU time this process spent in that round (with an embedded broker: the broker's too)
     * @param callerCpu CPU time of the thread that called {@code send}/{@code publish} (zero for HTTP,
     *                  where many server threads do); the Kafka producer compresses on that thread
     */
    public record Result(String path, long articles, Duration elapsed, Duration cpu, Duration callerCpu, double recordBytes) {

        public double articlesPerSecond() {
            return articles / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }

        public double megabytesPerSecond() {
            return articlesPerSecond() * recordBytes / (1024 * 1024);
        }

        /** CPU microseconds per article: what the path costs, whatever else runs on the machine. */
        public double cpuMicrosPerArticle() {
            return cpu.toNanos() / 1e3 / articles;
        }

        /** CPU microseconds per article of the sending thread (0 for HTTP). */
        public double callerCpuMicrosPerArticle() {
            return callerCpu.toNanos() / 1e3 / articles;
        }
    }

    public record Results(Result raw, Result rawWithSerde, Result library, Result http) {

        public List<Result> all() {
            return List.of(raw, rawWithSerde, library, http);
        }

        public double libraryShareOfRaw() {
            return library.articlesPerSecond() / raw.articlesPerSecond();
        }

        public double libraryShareOfRawWithSerde() {
            return library.articlesPerSecond() / rawWithSerde.articlesPerSecond();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Settings settings;
    private final Consumer<String> log;

    public IngestBenchmark(Settings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    public Results run() throws Exception {
        List<ArticleDraft> drafts = new ArrayList<>(settings.articles());
        for (int i = 0; i < settings.articles(); i++) {
            drafts.add(GeneratedArticles.draft(42, i, settings.bodyChars()));
        }
        List<RawArticle> articles = normalized(drafts);
        String warmTopic = topic("warmup");
        Serializer<RawArticle> serializer = TopicCatalogue.from(settings.clientConfig()).raw().valueSerde().serializer();
        List<byte[]> avro = articles.stream().map(a -> serializer.serialize(warmTopic, a)).toList();
        double recordBytes = avro.stream().mapToInt(b -> b.length).average().orElse(0);
        List<String> ndjson = ndjsonBatches(drafts);
        log.accept(String.format("%,d articles of %,d body characters (%,.0f bytes as Avro); warming up...", drafts.size(),
                settings.bodyChars(), recordBytes));
        for (int w = 0; w < settings.warmUpRounds(); w++) {
            raw(articles, avro, topic("warmup-raw"));
            rawWithSerde(articles, topic("warmup-serde"));
            library(drafts, topic("warmup-lib"));
            http(ndjson, topic("warmup-http"));
        }
        List<List<Measurement>> rounds = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int round = 1; round <= settings.rounds(); round++) {
            rounds.get(0).add(raw(articles, avro, topic("raw")));
            rounds.get(1).add(rawWithSerde(articles, topic("serde")));
            rounds.get(2).add(library(drafts, topic("lib")));
            rounds.get(3).add(http(ndjson, topic("http")));
            StringBuilder line = new StringBuilder("round " + round + ":");
            String[] names = {"raw", "raw+serde", "library", "http"};
            for (int p = 0; p < names.length; p++) {
                Measurement m = rounds.get(p).get(round - 1);
                line.append(String.format(" %s %,.0f/s (%.1f CPU-us)", names[p], rate(m), cpuMicros(m)));
            }
            log.accept(line.toString());
        }
        return new Results(result("raw producer, bytes", rounds.get(0), recordBytes),
                result("raw producer + serde", rounds.get(1), recordBytes),
                result("ArticlePublisher", rounds.get(2), recordBytes),
                result("HTTP POST /articles", rounds.get(3), recordBytes));
    }

    private static List<RawArticle> normalized(List<ArticleDraft> drafts) {
        ArticleNormalizer normalizer = new ArticleNormalizer();
        return drafts.stream().map(d -> ((Validation.Valid) normalizer.normalize(d)).article()).toList();
    }

    private Result result(String path, List<Measurement> rounds, double recordBytes) {
        List<Measurement> sorted = new ArrayList<>(rounds);
        sorted.sort((a, b) -> a.elapsed().compareTo(b.elapsed()));
        Measurement m = sorted.get(sorted.size() / 2);
        return new Result(path, settings.articles(), m.elapsed(), m.cpu(), m.callerCpu(), recordBytes);
    }

    private double rate(Measurement m) {
        return settings.articles() / (m.elapsed().toNanos() / 1e9);
    }

    private double cpuMicros(Measurement m) {
        return m.cpu().toNanos() / 1e3 / settings.articles();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static Measurement since(long t0, long cpu0, long thread0) {
        return new Measurement(Duration.ofNanos(System.nanoTime() - t0), Duration.ofNanos(cpuNanos() - cpu0),
                Duration.ofNanos(thread0 < 0 ? 0 : threadCpuNanos() - thread0));
    }

    private String topic(String what) {
        String name = "bench-ingest-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
        RawTopic.ensure(settings.clientConfig(), name, settings.partitions(), (short) 1);
        return name;
    }

    private List<String> ndjsonBatches(List<ArticleDraft> drafts) {
        List<String> batches = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (ArticleDraft d : drafts) {
            ObjectNode o = JSON.createObjectNode().put("url", d.url().orElseThrow()).put("source", d.source().orElseThrow())
                    .put("title", d.title().orElseThrow()).put("body", d.text().orElseThrow())
                    .put("published", d.published().orElseThrow()).put("language", d.language().orElseThrow());
            o.putArray("authors").add(d.authors().get(0));
            o.putObject("metadata").put("section", "bench");
            sb.append(o).append('\n');
            if (++n == settings.httpBatch()) {
                batches.add(sb.toString());
                sb.setLength(0);
                n = 0;
            }
        }
        if (n > 0) {
            batches.add(sb.toString());
        }
        return batches;
    }

    private Map<String, Object> producerProperties(String clientId) {
        return ProducerProperties.of(settings.clientConfig(), Duration.ofSeconds(120), Duration.ofSeconds(60), clientId);
    }

    private Measurement raw(List<RawArticle> articles, List<byte[]> values, String topic) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties("wirestream-bench-raw"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.partitionsFor(topic);
            long cpu0 = cpuNanos();
            long thread0 = threadCpuNanos();
            long t0 = System.nanoTime();
            List<Future<?>> acks = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                acks.add(producer.send(new ProducerRecord<>(topic, articles.get(i).getId(), values.get(i))));
            }
            for (Future<?> f : acks) {
                f.get();
            }
            return since(t0, cpu0, thread0);
        }
    }

    private Measurement rawWithSerde(List<RawArticle> articles, String topic) throws Exception {
        Serializer<RawArticle> serializer = TopicCatalogue.from(settings.clientConfig()).raw().valueSerde().serializer();
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(producerProperties("wirestream-bench-serde"),
                new StringSerializer(), serializer)) {
            producer.partitionsFor(topic);
            producer.send(new ProducerRecord<>(topic, "warm-up", articles.get(0))).get();
            long cpu0 = cpuNanos();
            long thread0 = threadCpuNanos();
            long t0 = System.nanoTime();
            List<Future<?>> acks = new ArrayList<>(articles.size());
            for (RawArticle a : articles) {
                acks.add(producer.send(new ProducerRecord<>(topic, a.getId(), a)));
            }
            for (Future<?> f : acks) {
                f.get();
            }
            return since(t0, cpu0, thread0);
        }
    }

    private PublisherSettings publisherSettings(String topic) {
        Map<String, Object> c = new LinkedHashMap<>(settings.clientConfig());
        c.put("topic.raw", topic);
        return PublisherSettings.of(c).withTimeouts(Duration.ofSeconds(120), Duration.ofSeconds(60));
    }

    private Measurement library(List<ArticleDraft> drafts, String topic) {
        try (ArticlePublisher publisher = ArticlePublisher.start(publisherSettings(topic))) {
            warmUp(publisher);
            long cpu0 = cpuNanos();
            long thread0 = threadCpuNanos();
            long t0 = System.nanoTime();
            List<CompletableFuture<Publication>> acks = new ArrayList<>(drafts.size());
            for (ArticleDraft d : drafts) {
                acks.add(publisher.publish(d));
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();
            return since(t0, cpu0, thread0);
        }
    }

    private Measurement http(List<String> batches, String topic) throws Exception {
        IngestSettings s = IngestSettings.defaults().withAddress("127.0.0.1", 0)
                .withLimits(Limits.DEFAULTS.withBytes(2 * Limits.MB, 64 * Limits.MB));
        try (ArticlePublisher publisher = ArticlePublisher.start(publisherSettings(topic));
                Metrics metrics = new Metrics();
                IngestServer server = new IngestServer(publisher, s, new Health(), metrics).start()) {
            warmUp(publisher);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI uri = URI.create(server.url() + "/articles");
            ExecutorService pool = Executors.newFixedThreadPool(settings.httpClients());
            try {
                long cpu0 = cpuNanos();
                long t0 = System.nanoTime();
                List<Future<Integer>> answers = new ArrayList<>();
                for (String batch : batches) {
                    answers.add(pool.submit(() -> client.send(HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofString(batch, StandardCharsets.UTF_8)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode()));
                }
                for (Future<Integer> a : answers) {
                    int status = a.get();
                    if (status != 202) {
                        throw new IllegalStateException("HTTP ingest answered " + status);
                    }
                }
                return since(t0, cpu0, -1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * What the raw paths get before their clocks start too: the topic's metadata fetched (and here
     * the schema id from the registry), so that no path pays a one-off start-up cost in its rate.
     */
    private static void warmUp(ArticlePublisher publisher) {
        publisher.partitions();
        publisher.publish(GeneratedArticles.draft(-1, 0, 100)).join();
    }
}
