package io.wirestream.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * How a {@link SinkRunner} gets its partitions. Sinks share the work in a consumer group
 * ({@link #group}): each partition is written by one instance, offsets are the group's. A live
 * view needs every partition in every instance ({@link #everyPartition}): two dashboards behind a
 * load balancer must both show every article, so it assigns itself all partitions and starts a
 * little before the end to have something to show.
 */
public interface TopicSubscription {

    /** Starts consuming; {@code listener} hears about group rebalances (if any). */
    void start(Consumer<byte[], byte[]> consumer, ConsumerRebalanceListener listener);

    /** Called on the poll thread after every poll (e.g. to pick up partitions created since). */
    default void afterPoll(Consumer<byte[], byte[]> consumer) {
    }

    /** The topics read. */
    Collection<String> topics();

    /** Subscribes as a member of the configured consumer group. */
    static TopicSubscription group(Collection<String> topics) {
        List<String> names = List.copyOf(new java.util.LinkedHashSet<>(topics));
        return new TopicSubscription() {
            @Override
            public void start(Consumer<byte[], byte[]> consumer, ConsumerRebalanceListener listener) {
                consumer.subscribe(names, listener);
            }

            @Override
            public Collection<String> topics() {
                return names;
            }
        };
    }

    /**
     * Assigns every partition of the topics (no group membership). Partitions of {@code recent}
     * start {@code backfill} records before their end; those of {@code windowed} at the first
     * record of the last {@code lookback} (trend windows of the last hour). Topics and partitions
     * that appear later are picked up within {@code refresh}.
     */
    static TopicSubscription everyPartition(Collection<String> recent, int backfill, Collection<String> windowed,
            Duration lookback, Duration refresh) {
        return new EveryPartition(List.copyOf(recent), backfill, Set.copyOf(windowed), lookback, refresh);
    }

    /** Manual assignment of all partitions, refreshed now and then. */
    final class EveryPartition implements TopicSubscription {

        private static final Duration UNASSIGNED_REFRESH = Duration.ofSeconds(3);

        private final List<String> topics;
        private final int backfill;
        private final Set<String> windowed;
        private final Duration lookback;
        private final Duration refresh;
        private Instant nextRefresh = Instant.MIN;

        EveryPartition(List<String> recent, int backfill, Set<String> windowed, Duration lookback, Duration refresh) {
            List<String> all = new ArrayList<>(recent);
            windowed.stream().filter(t -> !all.contains(t)).sorted().forEach(all::add);
            this.topics = List.copyOf(all);
            this.backfill = backfill;
            this.windowed = windowed;
            this.lookback = lookback;
            this.refresh = refresh;
        }

        @Override
        public void start(Consumer<byte[], byte[]> consumer, ConsumerRebalanceListener listener) {
            afterPoll(consumer);
        }

        @Override
        public void afterPoll(Consumer<byte[], byte[]> consumer) {
            Instant now = Instant.now();
            if (now.isBefore(nextRefresh)) {
                return;
            }
            // while nothing is assigned (the topics are not there yet) look again sooner
            nextRefresh = now.plus(consumer.assignment().isEmpty() && refresh.compareTo(UNASSIGNED_REFRESH) > 0
                    ? UNASSIGNED_REFRESH : refresh);
            Set<TopicPartition> all = new HashSet<>(consumer.assignment());
            List<TopicPartition> added = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                for (PartitionInfo p : infos == null ? List.<PartitionInfo>of() : infos) {
                    TopicPartition tp = new TopicPartition(p.topic(), p.partition());
                    if (all.add(tp)) {
                        added.add(tp);
                    }
                }
            }
            if (added.isEmpty()) {
                return;
            }
            consumer.assign(all);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(added);
            Map<TopicPartition, Long> end = consumer.endOffsets(added);
            Map<TopicPartition, Long> since = new HashMap<>();
            added.stream().filter(tp -> windowed.contains(tp.topic()))
                    .forEach(tp -> since.put(tp, now.minus(lookback).toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> byTime = since.isEmpty() ? Map.of() : consumer.offsetsForTimes(since);
            for (TopicPartition tp : added) {
                long last = end.getOrDefault(tp, 0L);
                long start = windowed.contains(tp.topic())
                        ? Optional.ofNullable(byTime.get(tp)).map(OffsetAndTimestamp::offset).orElse(last)
                        : Math.max(begin.getOrDefault(tp, 0L), last - backfill);
                consumer.seek(tp, start);
            }
        }

        @Override
        public Collection<String> topics() {
            return topics;
        }
    }
}
