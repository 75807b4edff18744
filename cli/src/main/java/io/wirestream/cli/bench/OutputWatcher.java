package io.wirestream.cli.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topology's output as a downstream consumer would ({@code read_committed}: a record counts
 * once its transaction commits) and takes each record's latency: arrival here minus the record's
 * timestamp, which Kafka Streams carries over from the input record (the moment it was sent, or
 * was due). Values are not decoded, so watching costs little CPU.
 */
final class OutputWatcher implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String topic;
    private final Thread thread;
    private volatile boolean running = true;
    private long[] latencies = new long[1024];
    private int count;
    private long lastArrivalNanos;

    OutputWatcher(Map<String, Object> clients, String topic) {
        Map<String, Object> c = new HashMap<>();
        clients.forEach((k, v) -> {
            if (ConsumerConfig.configNames().contains(k)) {
                c.put(k, v);
            }
        });
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, "wirestream-bench-watcher");
        this.consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.topic = topic;
        this.thread = new Thread(this::run, "bench-watcher-" + topic);
        this.thread.setDaemon(true);
    }

    /** Starts reading the topic (which must exist) from its beginning. */
    OutputWatcher start() {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread.start();
        return this;
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    long now = System.currentTimeMillis();
                    synchronized (this) {
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = Math.max(0, now - r.timestamp());
                        lastArrivalNanos = System.nanoTime();
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        }
    }

    /** Starts a new measurement: forgets what was counted so far. */
    synchronized void mark() {
        count = 0;
        lastArrivalNanos = 0;
    }

    synchronized long count() {
        return count;
    }

    /** {@link System#nanoTime()} when the last record since the mark arrived. */
    synchronized long lastArrivalNanos() {
        return lastArrivalNanos;
    }

    synchronized long[] latencies() {
        return Arrays.copyOf(latencies, count);
    }

    /** Waits until {@code n} records arrived since the mark; false on timeout. */
    boolean await(long n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count() < n) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close(Duration.ofSeconds(5));
    }
}
