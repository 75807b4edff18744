package io.wirestream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirestream.embedded.SyntheticArticles;
import io.wirestream.ops.Metrics;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.topics.TopicCatalogue;
import io.wirestream.testkit.KafkaPlatform;
import io.wirestream.testkit.KafkaPlatformExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The real topology with the real engine on a real broker: every article out exactly once. */
@ExtendWith(KafkaPlatformExtension.class)
class StreamsPipelineIT {

    private static final Instant NOW = Instant.now();

    @TempDir
    Path tmp;

    /** A pipeline of its own: unique topic names and application id. */
    private record Pipeline(KafkaPlatform platform, Map<String, Object> kafka, TopicCatalogue topics, String appId) {

        static Pipeline create(KafkaPlatform platform, String name) {
            String p = platform.uniqueName(name);
            Map<String, Object> kafka = new HashMap<>(platform.clientConfig());
            kafka.put("topic.raw", p + ".raw");
            kafka.put("topic.enriched", p + ".enriched");
            kafka.put("topic.dlq", p + ".dlq");
            kafka.put("topic.duplicates", p + ".duplicates");
            kafka.put("topic.fingerprints", p + ".fingerprints");
            kafka.put("topic.trends.entities", p + ".trends.entities");
            kafka.put("topic.trends.topics", p + ".trends.topics");
            return new Pipeline(platform, kafka, TopicCatalogue.from(kafka), p + "-app");
        }

        /** Creates the pipeline's topics, as {@code wirestream streams} does at start. */
        Pipeline withTopics(int partitions) {
            io.wirestream.schemas.topics.TopicSetup.ensure(Map.of("bootstrap.servers", platform.bootstrapServers()),
                    topics.names(), partitions, (short) 1, List.of(), Duration.ofDays(7).toMillis());
            return this;
        }

        StreamsApp app(Path stateDir, int partitions, int httpPort) {
            Optional<String> server = httpPort > 0 ? Optional.of("127.0.0.1:" + httpPort) : Optional.empty();
            Map<String, Object> k = new HashMap<>(kafka);
            k.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
            return new StreamsApp(new StreamsApp.Config(k, appId, 1, StreamsConfig.EXACTLY_ONCE_V2, stateDir, server,
                    "127.0.0.1", httpPort, true, partitions, (short) 1, StreamsSettings.DEFAULTS), ArticleEnricher.engine(),
                    new Metrics()).start();
        }

        List<String> publish(int from, int count) {
            Map<String, Object> p = new HashMap<>(kafka);
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            List<String> ids = new ArrayList<>();
            try (var producer = new KafkaProducer<>(p, topics.raw().keySerde().serializer(),
                    topics.raw().valueSerde().serializer())) {
                for (int i = from; i < from + count; i++) {
                    RawArticle a = SyntheticArticles.article(42, i, 1500, NOW);
                    producer.send(new ProducerRecord<>(topics.raw().name(), a.getId(), a));
                    ids.add(a.getId());
                }
                producer.flush();
            }
            return ids;
        }

        /** Every key that left by any door, committed only. */
        Map<String, List<String>> doors(int expected) {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers());
            p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            p.put(ConsumerConfig.GROUP_ID_CONFIG, platform.uniqueName("reader"));
            Map<String, List<String>> byDoor = new HashMap<>();
            try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer.subscribe(List.of(topics.enriched().name(), topics.duplicates().name(), topics.deadLetters().name()));
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(10)).until(() -> {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                        byDoor.computeIfAbsent(r.topic(), t -> new ArrayList<>()).add(r.key());
                    }
                    return byDoor.values().stream().mapToInt(List::size).sum() >= expected;
                });
                // anything extra (a duplicate) would arrive now
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofSeconds(2))) {
                    byDoor.computeIfAbsent(r.topic(), t -> new ArrayList<>()).add(r.key());
                }
            }
            return byDoor;
        }
    }

    private static void assertEachExactlyOnce(Map<String, List<String>> doors, List<String> ids) {
        List<String> all = doors.values().stream().flatMap(List::stream).toList();
        Map<String, Long> counts = all.stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(counts.values()).as("each id once across enriched + duplicates + dead letters").containsOnly(1L);
    }

    @Test
    void shouldEnrichFiveHundredArticlesEachExactlyOnce(KafkaPlatform platform) throws Exception {
        Pipeline pipeline = Pipeline.create(platform, "five-hundred").withTopics(2);
        int port = freePort();
        try (StreamsApp app = pipeline.app(tmp.resolve("state"), 2, port)) {
            List<String> ids = pipeline.publish(0, 500);
            Map<String, List<String>> doors = pipeline.doors(500);
            assertEachExactlyOnce(doors, ids);
            assertThat(doors.get(pipeline.topics().enriched().name())).hasSize(500);

            HttpClient http = HttpClient.newHttpClient();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                HttpResponse<String> trends = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/trends?kind=entity&window=1h&top=5")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(trends.statusCode()).isEqualTo(200);
                assertThat(trends.body()).contains("\"count\"");
            });
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(200);
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.body()).contains("wirestream_records_out_total{door=\"enriched\"} 500.0")
                    .contains("wirestream_enrich_latency_seconds_bucket").contains("kafka_stream");
        }
    }

    @Test
    void shouldLoseAndDuplicateNothingAcrossRestartsAndAStateRestore(KafkaPlatform platform) {
        Pipeline pipeline = Pipeline.create(platform, "restart").withTopics(2);
        Path state = tmp.resolve("restart-state");
        List<String> ids = new ArrayList<>(pipeline.publish(0, 200));
        try (StreamsApp first = pipeline.app(state, 2, -1)) {
            await().atMost(Duration.ofMinutes(2)).until(() -> first.state() == KafkaStreams.State.RUNNING);
            pipeline.doors(20);
        }
        ids.addAll(pipeline.publish(200, 100));
        try (StreamsApp second = pipeline.app(state, 2, -1)) {
            pipeline.doors(250);
        }
        deleteRecursively(state);
        ids.addAll(pipeline.publish(1, 50)); // already seen: must come out as duplicates, from the restored store
        try (StreamsApp third = pipeline.app(state, 2, -1)) {
            Map<String, List<String>> doors = pipeline.doors(350);
            assertThat(doors.get(pipeline.topics().duplicates().name())).hasSize(50);
            List<String> firstTime = ids.subList(0, 300);
            assertEachExactlyOnce(Map.of("firsts", doors.entrySet().stream()
                    .filter(e -> !e.getKey().equals(pipeline.topics().duplicates().name()))
                    .flatMap(e -> e.getValue().stream()).toList()), firstTime);
        }
    }

    @Test
    void shouldShareSixPartitionsBetweenTwoInstancesAndProduceEachArticleOnce(KafkaPlatform platform) {
        Pipeline pipeline = Pipeline.create(platform, "two-instances").withTopics(6);
        try (StreamsApp a = pipeline.app(tmp.resolve("a"), 6, -1); StreamsApp b = pipeline.app(tmp.resolve("b"), 6, -1)) {
            await().atMost(Duration.ofMinutes(2)).until(() -> a.state() == KafkaStreams.State.RUNNING
                    && b.state() == KafkaStreams.State.RUNNING
                    && !activeTasks(a).isEmpty() && !activeTasks(b).isEmpty());
            List<String> ids = pipeline.publish(0, 300);
            assertEachExactlyOnce(pipeline.doors(300), ids);
            assertThat(activeTasks(a)).doesNotContainAnyElementsOf(activeTasks(b));
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var walk = java.nio.file.Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> activeTasks(StreamsApp app) {
        return app.streams().metadataForLocalThreads().stream().flatMap(t -> t.activeTasks().stream())
                .map(t -> t.taskId().toString()).filter(id -> id.startsWith("1_")).toList();
    }
}
