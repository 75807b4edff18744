package io.wirestream.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The record keys (article ids) of some topics, read from the beginning with
 * {@code isolation.level=read_committed} — what a downstream consumer sees, never a record of an
 * aborted transaction. No consumer group: partitions are assigned, nothing is committed.
 * {@link #poll()} reads what has arrived (progress during a scenario); {@link #readToEnd} reads
 * everything once every transaction on the topics is decided (the final reconciliation).
 */
public final class TopicKeys implements AutoCloseable {

    private final String bootstrapServers;
    private final List<String> topics;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, List<String>> keys = new HashMap<>();
    private final Set<String> distinct = new HashSet<>();
    private final Map<String, Set<String>> distinctByTopic = new HashMap<>();

    public TopicKeys(String bootstrapServers, Collection<String> topics) {
        this.bootstrapServers = bootstrapServers;
        this.topics = List.copyOf(topics);
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "chaos-reader-" + Long.toHexString(System.nanoTime()));
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String t : this.topics) {
            consumer.partitionsFor(t, Duration.ofSeconds(30)).forEach(i -> partitions.add(new TopicPartition(t, i.partition())));
            keys.put(t, new ArrayList<>());
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Reads what is there now; returns the number of distinct keys seen so far on all the topics. */
    public synchronized int poll() {
        Duration wait = Duration.ofMillis(200);
        while (true) {
            var records = consumer.poll(wait);
            for (ConsumerRecord<String, byte[]> r : records) {
                keys.get(r.topic()).add(r.key());
                distinct.add(r.key());
                distinctByTopic.computeIfAbsent(r.topic(), t -> new HashSet<>()).add(r.key());
            }
            if (records.isEmpty()) {
                return distinct.size();
            }
            wait = Duration.ofMillis(20); // drain what has arrived, not just one fetch
        }
    }

    /** Distinct keys seen on one topic so far (as of the last {@link #poll()}). */
    public synchronized int distinct(String topic) {
        return distinctByTopic.getOrDefault(topic, Set.of()).size();
    }

    /**
     * Waits until no transaction is open on the topics (the last stable offset has caught up with
     * the high watermark: a killed producer's transaction is aborted by its timeout or its
     * successor), then reads up to the end. Call when nothing writes any more.
     */
    public synchronized Map<String, List<String>> readToEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> stable = settledEndOffsets(deadline);
        while (true) {
            boolean atEnd = true;
            for (Map.Entry<TopicPartition, Long> e : stable.entrySet()) {
                if (consumer.position(e.getKey()) < e.getValue()) {
                    atEnd = false;
                    break;
                }
            }
            if (atEnd) {
                Map<String, List<String>> out = new HashMap<>();
                keys.forEach((t, k) -> out.put(t, List.copyOf(k)));
                return out;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + topics + " to their end offsets " + stable + " in "
                        + timeout.toSeconds() + " s");
            }
            poll();
        }
    }

    private Map<TopicPartition, Long> settledEndOffsets(long deadline) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(p)) {
            while (true) {
                Set<TopicPartition> partitions = consumer.assignment();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> hw = admin.listOffsets(latest,
                        new org.apache.kafka.clients.admin.ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED)).all().get();
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> lso = admin.listOffsets(latest,
                        new org.apache.kafka.clients.admin.ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
                Map<TopicPartition, Long> out = new HashMap<>();
                boolean settled = true;
                for (TopicPartition tp : partitions) {
                    long h = hw.get(tp).offset();
                    long l = lso.get(tp).offset();
                    settled &= h == l;
                    out.put(tp, l);
                }
                if (settled) {
                    return out;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("transactions still open on " + topics + " (high watermarks " + hw
                            + ", last stable offsets " + lso + ")");
                }
                poll(); // keep reading meanwhile; also the pause until the next look
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot list offsets of " + topics + ": " + e.getCause(), e);
        }
    }

    /**
     * Keys of the visible records of one topic below the given offsets per partition (a consumer
     * group's committed offsets), read with a consumer of its own.
     */
    public static Set<String> keysBelow(String bootstrapServers, Map<TopicPartition, Long> offsets, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        Set<String> out = new HashSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            Map<TopicPartition, Long> wanted = new HashMap<>(offsets);
            wanted.values().removeIf(o -> o <= 0);
            c.assign(wanted.keySet());
            c.seekToBeginning(wanted.keySet());
            while (!wanted.isEmpty()) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    Long below = wanted.get(tp);
                    if (below != null && r.offset() < below) {
                        out.add(r.key());
                    }
                }
                for (TopicPartition tp : List.copyOf(wanted.keySet())) {
                    if (c.position(tp) >= wanted.get(tp)) {
                        wanted.remove(tp);
                        c.pause(List.of(tp));
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read up to " + wanted + " in " + timeout.toSeconds() + " s");
                }
            }
        }
        return out;
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
