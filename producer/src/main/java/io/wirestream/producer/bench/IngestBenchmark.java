package io.wirestream.producer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.ops.Health;
import io.wirestream.ops.Metrics;
import io.wirestream.producer.ArticleDraft;
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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Ingest throughput, three ways in the same run on the same cluster, with the same generated
 * articles and the same producer settings: the raw Kafka producer sending the articles' finished
 * Avro bytes (the ceiling), {@link ArticlePublisher} (validation, normalization, id, duplicate
 * check, Avro serialization, acknowledged futures), and the HTTP endpoint (NDJSON batches from
 * concurrent clients, each answered after the brokers' acknowledgement). Each measurement writes
 * to a fresh topic; rounds alternate the three, and the median round is reported.
 */
public final class IngestBenchmark {

    /**
     * @param clientConfig  {@code bootstrap.servers}, {@code schema.registry.url} and other client properties
     * @param articles      articles per path and round
     * @param bodyChars     body size of each article (3 KB articles: about 3,000)
     * @param httpClients   concurrent HTTP clients
     * @param httpBatch     articles per HTTP request
     */
    public record Settings(Map<String, Object> clientConfig, int articles, int bodyChars, int partitions, int rounds,
            int httpClients, int httpBatch) {
    }

    /** One path's median round. */
    public record Result(String path, long articles, Duration elapsed, double recordBytes) {

        public double articlesPerSecond() {
            return articles / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }

        public double megabytesPerSecond() {
            return articlesPerSecond() * recordBytes / (1024 * 1024);
        }
    }

    public record Results(Result raw, Result library, Result http) {

        public double libraryShareOfRaw() {
            return library.articlesPerSecond() / raw.articlesPerSecond();
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
        String warmTopic = topic("warmup");
        List<String> ids = new ArrayList<>(drafts.size());
        List<byte[]> avro = serialize(drafts, warmTopic, ids);
        double recordBytes = avro.stream().mapToInt(b -> b.length).average().orElse(0);
        List<String> ndjson = ndjsonBatches(drafts);
        log.accept(String.format("%,d articles of %,d body characters (%,.0f bytes as Avro); warming up...", drafts.size(),
                settings.bodyChars(), recordBytes));
        int warm = Math.min(drafts.size(), 5000);
        raw(ids.subList(0, warm), avro.subList(0, warm), warmTopic);
        library(drafts.subList(0, warm), topic("warmup-lib"));
        http(ndjson.subList(0, Math.max(1, warm / settings.httpBatch())), topic("warmup-http"));
        List<Duration> raws = new ArrayList<>();
        List<Duration> libs = new ArrayList<>();
        List<Duration> https = new ArrayList<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            raws.add(raw(ids, avro, topic("raw")));
            libs.add(library(drafts, topic("lib")));
            https.add(http(ndjson, topic("http")));
            log.accept(String.format("round %d: raw %,.0f/s, library %,.0f/s, http %,.0f/s", round, rate(raws.get(round - 1)),
                    rate(libs.get(round - 1)), rate(https.get(round - 1))));
        }
        return new Results(new Result("raw Kafka producer", drafts.size(), median(raws), recordBytes),
                new Result("ArticlePublisher", drafts.size(), median(libs), recordBytes),
                new Result("HTTP POST /articles", drafts.size(), median(https), recordBytes));
    }

    private double rate(Duration d) {
        return settings.articles() / (d.toNanos() / 1e9);
    }

    private String topic(String what) {
        String name = "bench-ingest-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
        RawTopic.ensure(settings.clientConfig(), name, settings.partitions(), (short) 1);
        return name;
    }

    private List<byte[]> serialize(List<ArticleDraft> drafts, String topic, List<String> ids) {
        Serializer<RawArticle> serializer = TopicCatalogue.from(settings.clientConfig()).raw().valueSerde().serializer();
        var normalizer = new io.wirestream.producer.ArticleNormalizer();
        List<byte[]> out = new ArrayList<>(drafts.size());
        for (ArticleDraft d : drafts) {
            RawArticle a = ((Validation.Valid) normalizer.normalize(d)).article();
            ids.add(a.getId());
            out.add(serializer.serialize(topic, a));
        }
        return out;
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

    private Duration raw(List<String> keys, List<byte[]> values, String topic) throws Exception {
        Map<String, Object> props = ProducerProperties.of(settings.clientConfig(), Duration.ofSeconds(120), Duration.ofSeconds(60),
                "wirestream-bench-raw");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.partitionsFor(topic);
            long t0 = System.nanoTime();
            List<Future<?>> acks = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                acks.add(producer.send(new ProducerRecord<>(topic, keys.get(i), values.get(i))));
            }
            for (Future<?> f : acks) {
                f.get();
            }
            return Duration.ofNanos(System.nanoTime() - t0);
        }
    }

    private PublisherSettings publisherSettings(String topic) {
        Map<String, Object> c = new LinkedHashMap<>(settings.clientConfig());
        c.put("topic.raw", topic);
        return PublisherSettings.of(c).withTimeouts(Duration.ofSeconds(120), Duration.ofSeconds(60));
    }

    private Duration library(List<ArticleDraft> drafts, String topic) {
        try (ArticlePublisher publisher = ArticlePublisher.start(publisherSettings(topic))) {
            publisher.flush();
            long t0 = System.nanoTime();
            List<CompletableFuture<Publication>> acks = new ArrayList<>(drafts.size());
            for (ArticleDraft d : drafts) {
                acks.add(publisher.publish(d));
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();
            return Duration.ofNanos(System.nanoTime() - t0);
        }
    }

    private Duration http(List<String> batches, String topic) throws Exception {
        IngestSettings s = IngestSettings.defaults().withAddress("127.0.0.1", 0)
                .withLimits(Limits.DEFAULTS.withBytes(2 * Limits.MB, 64 * Limits.MB));
        try (ArticlePublisher publisher = ArticlePublisher.start(publisherSettings(topic));
                Metrics metrics = new Metrics();
                IngestServer server = new IngestServer(publisher, s, new Health(), metrics).start()) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI uri = URI.create(server.url() + "/articles");
            ExecutorService pool = Executors.newFixedThreadPool(settings.httpClients());
            try {
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
                return Duration.ofNanos(System.nanoTime() - t0);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static Duration median(List<Duration> ds) {
        List<Duration> sorted = new ArrayList<>(ds);
        sorted.sort(Comparator.naturalOrder());
        return sorted.get(sorted.size() / 2);
    }
}
