package io.wirestream.producer;

import static org.awaitility.Awaitility.await;

import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.topics.TopicCatalogue;
import io.wirestream.testkit.KafkaPlatform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a raw-articles topic back from the broker, through the schema registry, the way every
 * downstream consumer does: to check what really landed there.
 */
public final class TopicContents {

    private TopicContents() {
    }

    /** Every record on the topic, once the topic holds {@code expected} records (waits for them). */
    public static List<ConsumerRecord<String, RawArticle>> read(KafkaPlatform platform, String topic, int expected) {
        Map<String, Object> c = new LinkedHashMap<>(platform.clientConfig());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, platform.uniqueName("reader"));
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, RawArticle>> out = new ArrayList<>();
        try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(c, new StringDeserializer(),
                TopicCatalogue.from(platform.clientConfig()).raw().valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
                return out.size() >= expected && partitions.stream().allMatch(p -> consumer.position(p)
                        >= consumer.endOffsets(List.of(p)).get(p));
            });
        }
        return out;
    }

    public static Map<String, RawArticle> byKey(List<ConsumerRecord<String, RawArticle>> records) {
        return records.stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (a, b) -> {
            throw new AssertionError("two records with key " + a.getId());
        }, LinkedHashMap::new));
    }
}
