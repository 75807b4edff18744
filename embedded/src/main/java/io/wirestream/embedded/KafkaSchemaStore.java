package io.wirestream.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.schemas.registry.CompatibilityLevel;
import io.wirestream.schemas.registry.RegistryChange;
import io.wirestream.schemas.registry.RegistryChange.ConfigChanged;
import io.wirestream.schemas.registry.RegistryChange.SchemaVersion;
import io.wirestream.schemas.registry.RegistryChange.VersionRemoved;
import io.wirestream.schemas.registry.RegistryError;
import io.wirestream.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Keeps the registry's changes in a compacted, single-partition Kafka topic ({@code _schemas} by
 * default), in the shape Confluent Schema Registry uses (JSON keys with {@code keytype} SCHEMA or
 * CONFIG; tombstones for permanent deletes). On start the whole topic is replayed, so a restarted
 * registry serves the same ids. A write returns only when the broker acknowledged it
 * ({@code acks=all}); a failed write fails the registry call with 50001 and changes nothing.
 *
 * <p>One registry instance writes to a topic at a time (the embedded registry is a single node).
 */
final class KafkaSchemaStore implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrapServers;
    private final String topic;
    private final Duration timeout;
    private final Map<String, String> overrides;
    private final KafkaProducer<byte[], byte[]> producer;

    KafkaSchemaStore(String bootstrapServers, String topic, Map<String, String> clientOverrides, Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.timeout = timeout;
        this.overrides = Map.copyOf(clientOverrides);
        Properties p = clientProperties(overrides);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(timeout.toMillis()));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(timeout.toMillis()));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(Math.min(timeout.toMillis(), 30_000)));
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        this.producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private Properties clientProperties(Map<String, String> clientOverrides) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.putAll(clientOverrides);
        return p;
    }

    /** Creates the topic when missing, then replays it into {@code apply}. Returns the number of records read. */
    long load(Consumer<RegistryChange> apply) {
        ensureTopic();
        Properties p = clientProperties(overrides);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        long count = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long end = consumer.endOffsets(List.of(tp), timeout).get(tp);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (consumer.position(tp, timeout) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end (offset " + end
                            + ") within " + timeout.toSeconds() + " s");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    decode(r.key(), r.value()).ifPresent(apply);
                    count++;
                }
            }
        }
        return count;
    }

    /** Writes a change and waits for the acknowledgement. */
    void write(RegistryChange change) {
        ObjectNode key = JSON.createObjectNode();
        ObjectNode value = JSON.createObjectNode();
        boolean tombstone = false;
        if (change instanceof SchemaVersion v) {
            key.put("keytype", "SCHEMA").put("subject", v.subject()).put("version", v.version()).put("magic", 1);
            value.put("subject", v.subject()).put("version", v.version()).put("id", v.id())
                    .put("schema", v.schema()).put("deleted", v.deleted());
        } else if (change instanceof VersionRemoved r) {
            key.put("keytype", "SCHEMA").put("subject", r.subject()).put("version", r.version()).put("magic", 1);
            tombstone = true;
        } else if (change instanceof ConfigChanged c) {
            key.put("keytype", "CONFIG");
            c.subject().ifPresentOrElse(s -> key.put("subject", s), () -> key.putNull("subject"));
            key.put("magic", 0);
            tombstone = c.level().isEmpty();
            c.level().ifPresent(l -> value.put("compatibilityLevel", l.name()));
        }
        byte[] k = key.toString().getBytes(StandardCharsets.UTF_8);
        byte[] val = tombstone ? null : value.toString().getBytes(StandardCharsets.UTF_8);
        try {
            producer.send(new ProducerRecord<>(topic, 0, k, val)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw storeError("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw storeError(e.getCause() == null ? e.toString() : e.getCause().toString(), e);
        }
    }

    private SchemaRegistryException storeError(String why, Exception e) {
        return new SchemaRegistryException(500, RegistryError.INTERNAL_ERROR,
                "Error in the backend data store: could not write to Kafka topic " + topic + " on " + bootstrapServers
                        + ": " + why, null, e);
    }

    static Optional<RegistryChange> decode(byte[] keyBytes, byte[] valueBytes) {
        try {
            JsonNode key = JSON.readTree(keyBytes);
            String type = key.path("keytype").asText();
            if (type.equals("SCHEMA")) {
                String subject = key.path("subject").asText();
                int version = key.path("version").asInt();
                if (valueBytes == null) {
                    return Optional.of(new VersionRemoved(subject, version));
                }
                JsonNode v = JSON.readTree(valueBytes);
                return Optional.of(new SchemaVersion(subject, version, v.path("id").asInt(), v.path("schema").asText(),
                        v.path("deleted").asBoolean(false)));
            }
            if (type.equals("CONFIG")) {
                Optional<String> subject = key.hasNonNull("subject") ? Optional.of(key.get("subject").asText())
                        : Optional.empty();
                Optional<CompatibilityLevel> level = valueBytes == null ? Optional.empty()
                        : Optional.of(CompatibilityLevel.parse(JSON.readTree(valueBytes).path("compatibilityLevel").asText()));
                return Optional.of(new ConfigChanged(subject, level));
            }
            return Optional.empty(); // NOOP and other key types of other registries
        } catch (IOException e) {
            throw new IllegalStateException("unreadable record in the schemas topic: " + e.getMessage(), e);
        }
    }

    private void ensureTopic() {
        try (Admin admin = Admin.create(clientProperties(overrides))) {
            int brokers = admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
            NewTopic t = new NewTopic(topic, 1, (short) Math.min(3, brokers)).configs(Map.of(
                    TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            try {
                admin.createTopics(List.of(t)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create or reach the schemas topic " + topic + " on "
                    + bootstrapServers + ": " + e, e);
        }
    }

    /** Whether the brokers answer now (for readiness), asked with a short timeout. */
    boolean brokersReachable() {
        Properties p = clientProperties(overrides);
        p.put("request.timeout.ms", "2000");
        p.put("default.api.timeout.ms", "2000");
        try (Admin admin = Admin.create(p)) {
            return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
