package io.wirestream.cli.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends finished Avro records with a raw Kafka producer, configured like Wirestream's publisher
 * (acks=all, idempotence, 5 ms linger, 256 KB batches, lz4): as fast as it can, or at a fixed rate
 * where each record's timestamp is the moment it was due (so a sender that falls behind shows up
 * as latency, not as a slower clock).
 */
final class RecordSender implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    RecordSender(Map<String, Object> clients) {
        Map<String, Object> p = new HashMap<>();
        clients.forEach((k, v) -> {
            if (ProducerConfig.configNames().contains(k)) {
                p.put(k, v);
            }
        });
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 10 * 1024 * 1024);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "wirestream-bench");
        producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** Fetches the topic's metadata, so the first measured send does not wait for it. */
    void warm(String topic) {
        producer.partitionsFor(topic);
    }

    /** Sends everything as fast as the producer takes it; returns when the brokers acknowledged all. */
    Duration sendAll(String topic, List<String> keys, byte[][] values) {
        long t0 = System.nanoTime();
        for (int i = 0; i < values.length; i++) {
            producer.send(new ProducerRecord<>(topic, keys.get(i), values[i]));
        }
        producer.flush();
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /**
     * Sends at {@code perSecond} records per second, each stamped with the wall-clock time it was due.
     *
     * @return how far behind schedule the last send was
     */
    Duration sendPaced(String topic, List<String> keys, byte[][] values, double perSecond) {
        long startWall = System.currentTimeMillis();
        long startNanos = System.nanoTime();
        long behind = 0;
        for (int i = 0; i < values.length; i++) {
            long dueOffset = (long) (i * 1e9 / perSecond);
            long wait = startNanos + dueOffset - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            behind = System.nanoTime() - (startNanos + dueOffset);
            producer.send(new ProducerRecord<>(topic, null, startWall + TimeUnit.NANOSECONDS.toMillis(dueOffset), keys.get(i),
                    values[i]));
        }
        producer.flush();
        return Duration.ofNanos(Math.max(0, behind));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
