package io.wirestream.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirestream.consumer.jdbc.ArticleRepository;
import io.wirestream.consumer.jdbc.JdbcSink;
import io.wirestream.consumer.jdbc.TestDatabases;
import io.wirestream.embedded.SyntheticArticles;
import io.wirestream.ops.Metrics;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.topics.TopicCatalogue;
import io.wirestream.streams.ArticleEnricher;
import io.wirestream.streams.StreamsApp;
import io.wirestream.streams.StreamsSettings;
import io.wirestream.testkit.KafkaPlatform;
import io.wirestream.testkit.KafkaPlatformExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Raw articles → the real topology (exactly-once) → the JDBC sink: the database holds what the topology wrote. */
@ExtendWith(KafkaPlatformExtension.class)
class EndToEndIT {

    private static final Duration WAIT = Duration.ofMinutes(2);

    @TempDir
    Path tmp;

    @Test
    void shouldSinkWhatTheTopologyEnriched(KafkaPlatform platform) throws Exception {
        String p = platform.uniqueName("e2e");
        Map<String, Object> kafka = new HashMap<>(platform.clientConfig());
        for (String t : List.of("raw", "enriched", "dlq", "duplicates", "fingerprints", "trends.entities", "trends.topics")) {
            kafka.put("topic." + t, p + "." + t);
        }
        TopicCatalogue topics = TopicCatalogue.from(kafka);
        int count = 20;
        try (StreamsApp streams = new StreamsApp(new StreamsApp.Config(kafka, p + "-app", 1, StreamsConfig.EXACTLY_ONCE_V2,
                tmp.resolve("state"), Optional.empty(), "127.0.0.1", -1, true, 2, (short) 1, StreamsSettings.DEFAULTS),
                ArticleEnricher.engine(), new Metrics()).start();
                JdbcSink sink = new JdbcSink(new JdbcSink.Config(SinkSettings.of(kafka, p + "-sink")
                        .withDeadLetterTopic(p + ".sink.dlq"), TestDatabases.H2.fresh(tmp).config()), new Metrics()).start()) {
            List<String> ids = publishRaw(kafka, topics, count);
            ArticleRepository db = sink.articles();
            await().atMost(WAIT).ignoreExceptions().until(() -> db.rowCounts().get("articles") == count);

            List<EnrichedArticle> enriched = readEnriched(kafka, topics, count);
            assertThat(enriched).extracting(EnrichedArticle::getId).containsExactlyInAnyOrderElementsOf(ids);
            for (EnrichedArticle a : enriched) {
                assertThat(db.get(a.getId())).as(a.getId()).contains(a);
            }
            assertThat(db.rowCounts().get("entities")).isPositive();
            await().atMost(WAIT).until(() -> db.rowCounts().get("trend_windows") > 0);
        }
    }

    private static List<String> publishRaw(Map<String, Object> kafka, TopicCatalogue topics, int count) {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        List<String> ids = new ArrayList<>();
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(props, topics.raw().keySerde().serializer(),
                topics.raw().valueSerde().serializer())) {
            for (int i = 0; i < count; i++) {
                RawArticle a = SyntheticArticles.article(7, i, 800, Instant.now());
                producer.send(new ProducerRecord<>(topics.raw().name(), a.getId(), a));
                ids.add(a.getId());
            }
            producer.flush();
        }
        return ids;
    }

    private static List<EnrichedArticle> readEnriched(Map<String, Object> kafka, TopicCatalogue topics, int count) {
        Properties props = new Properties();
        props.putAll(kafka);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, topics.enriched().name() + "-reader");
        List<EnrichedArticle> out = new ArrayList<>();
        try (KafkaConsumer<String, EnrichedArticle> c = new KafkaConsumer<>(props, new StringDeserializer(),
                topics.enriched().valueSerde().deserializer())) {
            c.subscribe(List.of(topics.enriched().name()));
            await().atMost(WAIT).until(() -> {
                for (ConsumerRecord<String, EnrichedArticle> r : c.poll(Duration.ofMillis(500))) {
                    out.add(r.value());
                }
                return out.size() >= count;
            });
        }
        return out;
    }
}
