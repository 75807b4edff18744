package io.wirestream.consumer;

import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.topics.TopicCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dead letters on a Kafka topic ({@code news.sink.dlq} by default), as {@link DeadLetter} Avro
 * records keyed by article id, written by an idempotent producer and acknowledged by all replicas
 * before the sink commits past them. Kept apart from the topology's {@code news.articles.dlq}: a
 * record that reached the enriched topic and then failed in a sink is a different problem (a
 * producer bypassing the topology, a schema the sink cannot read) with a different owner.
 */
public final class KafkaDeadLetters implements DeadLetters {

    /** The default sink-side dead-letter topic. */
    public static final String DEFAULT_TOPIC = "news.sink.dlq";
    private static final Logger LOG = LoggerFactory.getLogger(KafkaDeadLetters.class);
    /** A dead letter carries the original record, which may be as large as the article topics allow. */
    private static final int MAX_REQUEST_BYTES = 12 * 1024 * 1024;

    private final String topic;
    private final Producer<String, DeadLetter> producer;

    /**
     * @param kafka       client properties (bootstrap servers, registry, security)
     * @param createTopic create the topic when missing (one partition, the broker's replication factor)
     */
    public KafkaDeadLetters(Map<String, Object> kafka, String topic, boolean createTopic) {
        this.topic = topic;
        if (createTopic) {
            createIfMissing(kafka, topic);
        }
        Map<String, Object> p = new HashMap<>(kafka);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_BYTES);
        p.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "wirestream-sink-dlq");
        Serializer<DeadLetter> values = TopicCatalogue.valueSerde(DeadLetter.class, kafka).serializer();
        this.producer = new KafkaProducer<>(p, new StringSerializer(), values);
    }

    public String topic() {
        return topic;
    }

    @Override
    public void publish(List<DeadLetter> letters) throws Exception {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (DeadLetter l : letters) {
            sent.add(producer.send(new ProducerRecord<>(topic, l.getArticleId(), l)));
        }
        for (Future<RecordMetadata> f : sent) {
            f.get(60, TimeUnit.SECONDS);
        }
        if (!letters.isEmpty()) {
            LOG.info("{} dead letter(s) written to {}", letters.size(), topic);
        }
    }

    /** One partition (dead letters are few), the broker's replication factor, records as large as the articles'. */
    private static void createIfMissing(Map<String, Object> kafka, String topic) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.keySet().removeIf(k -> k.startsWith("topic.") || k.contains("schema.registry") || k.startsWith("basic.auth"));
        try (Admin admin = Admin.create(config)) {
            if (admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                return;
            }
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty())
                    .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_REQUEST_BYTES)))))
                    .all().get(30, TimeUnit.SECONDS);
            LOG.info("created the sink dead-letter topic {}", topic);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the dead-letter topic " + topic + ": " + e.getCause(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot reach Kafka at " + kafka.get("bootstrap.servers") + " to create "
                    + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(10));
    }
}
