package io.wirestream.consumer;

import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.TrendCount;
import io.wirestream.schemas.topics.TopicCatalogue;
import io.wirestream.schemas.topics.TopicNames;
import io.wirestream.testkit.KafkaPlatform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A test's own set of Wirestream topics on the shared broker (unique names through the
 * {@code topic.*} settings), with helpers to publish enriched articles, trend counts and raw bytes,
 * and to read a dead-letter topic.
 */
public record TestTopics(KafkaPlatform platform, Map<String, Object> kafka, TopicNames names, String deadLetters) {

    public static TestTopics create(KafkaPlatform platform, String prefix, int partitions) {
        TestTopics t = named(platform, prefix);
        t.createTopics(partitions);
        return t;
    }

    /** Names only: the topics are created later ({@link #createTopics}), or never. */
    public static TestTopics named(KafkaPlatform platform, String prefix) {
        String p = platform.uniqueName(prefix);
        Map<String, Object> kafka = new HashMap<>(platform.clientConfig());
        kafka.put("topic.enriched", p + ".enriched");
        kafka.put("topic.trends.entities", p + ".trends.entities");
        kafka.put("topic.trends.topics", p + ".trends.topics");
        kafka.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        return new TestTopics(platform, Map.copyOf(kafka), TopicNames.from(kafka), p + ".sink.dlq");
    }

    public void createTopics(int partitions) {
        platform.createTopics(partitions, names.enriched(), names.entityTrends(), names.topicTrends());
    }

    /** Sink settings for these topics: a group of its own, small batches, quick retries. */
    public SinkSettings sinkSettings(String group) {
        return SinkSettings.of(kafka, platform.uniqueName(group)).withDeadLetterTopic(deadLetters).withBatchSize(50)
                .withBackoff(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2)));
    }

    public void publish(List<EnrichedArticle> articles) {
        try (KafkaProducer<String, EnrichedArticle> p = new KafkaProducer<>(producerProps(), new StringSerializer(),
                TopicCatalogue.valueSerde(EnrichedArticle.class, kafka).serializer())) {
            for (EnrichedArticle a : articles) {
                p.send(new ProducerRecord<>(names.enriched(), a.getId(), a));
            }
            p.flush();
        }
    }

    public void publishTrends(List<TrendCount> trends) {
        try (KafkaProducer<String, TrendCount> p = new KafkaProducer<>(producerProps(), new StringSerializer(),
                TopicCatalogue.valueSerde(TrendCount.class, kafka).serializer())) {
            for (TrendCount t : trends) {
                String topic = t.getKind().name().equals("ENTITY") ? names.entityTrends() : names.topicTrends();
                p.send(new ProducerRecord<>(topic, t.getKind() + "|" + t.getName() + "|" + t.getWindowStart(), t));
            }
            p.flush();
        }
    }

    public void publishRaw(String key, byte[] value) {
        try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(producerProps(), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            p.send(new ProducerRecord<>(names.enriched(), key.getBytes(java.nio.charset.StandardCharsets.UTF_8), value));
            p.flush();
        }
    }

    /** Every record on the dead-letter topic so far. */
    public List<DeadLetter> readDeadLetters(int expected, Duration timeout) {
        Properties p = new Properties();
        p.putAll(kafka);
        p.remove(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG);
        List<DeadLetter> out = new ArrayList<>();
        try (KafkaConsumer<String, DeadLetter> c = new KafkaConsumer<>(p, new StringDeserializer(),
                TopicCatalogue.valueSerde(DeadLetter.class, kafka).deserializer())) {
            List<org.apache.kafka.common.TopicPartition> partitions = c.partitionsFor(deadLetters).stream()
                    .map(i -> new org.apache.kafka.common.TopicPartition(i.topic(), i.partition())).toList();
            c.assign(partitions);
            c.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, DeadLetter> r : c.poll(Duration.ofMillis(500))) {
                    out.add(r.value());
                }
            }
        }
        return out;
    }

    private Map<String, Object> producerProps() {
        Map<String, Object> p = new HashMap<>(kafka);
        p.remove(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return p;
    }
}
