package io.wirestream.cli.demo;

import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.TopicTag;
import io.wirestream.schemas.topics.TopicCatalogue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches the topology's three doors (enriched, duplicates, dead letters) with a read_committed
 * consumer, so the demo can say when every record it put in has come out, and what came out.
 */
final class DoorCounter implements AutoCloseable {

    private final TopicCatalogue topics;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Set<String> enriched = new LinkedHashSet<>();
    private final List<String> duplicates = new ArrayList<>();
    private final List<String> deadLetters = new ArrayList<>();
    private final Map<String, Long> entities = new HashMap<>();
    private final Map<String, Long> topicCounts = new HashMap<>();
    private long nearDuplicates;

    DoorCounter(Map<String, Object> clients, TopicCatalogue topics) {
        this.topics = topics;
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, clients.get("bootstrap.servers"));
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "wirestream-demo-doors-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topics.enriched().name(), topics.duplicates().name(), topics.deadLetters().name()));
    }

    /** Reads what arrived within {@code wait}. */
    void poll(Duration wait) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(wait)) {
            if (r.topic().equals(topics.enriched().name())) {
                EnrichedArticle a = topics.enriched().valueSerde().deserializer().deserialize(r.topic(), r.value());
                if (enriched.add(a.getId())) {
                    count(a);
                }
            } else if (r.topic().equals(topics.duplicates().name())) {
                duplicates.add(r.key());
            } else {
                DeadLetter d = topics.deadLetters().valueSerde().deserializer().deserialize(r.topic(), r.value());
                deadLetters.add(d.getStage() + ": " + d.getReason() + " (key " + d.getArticleId() + ")");
            }
        }
    }

    private void count(EnrichedArticle a) {
        if (a.getDuplicateOf() != null) {
            nearDuplicates++;
        }
        for (Entity e : a.getEntities()) {
            entities.merge(e.getName() + " [" + e.getType().name().toLowerCase() + "]", 1L, Long::sum);
        }
        if (!a.getTopics().isEmpty()) {
            TopicTag top = a.getTopics().get(0);
            topicCounts.merge(top.getLabel(), 1L, Long::sum);
        }
    }

    long total() {
        return enriched.size() + duplicates.size() + deadLetters.size();
    }

    Set<String> enrichedIds() {
        return enriched;
    }

    long duplicates() {
        return duplicates.size();
    }

    List<String> deadLetters() {
        return deadLetters;
    }

    long nearDuplicates() {
        return nearDuplicates;
    }

    Map<String, Long> topEntities(int n) {
        return top(entities, n);
    }

    Map<String, Long> topTopics(int n) {
        return top(topicCounts, n);
    }

    private static Map<String, Long> top(Map<String, Long> counts, int n) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
