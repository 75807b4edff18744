package io.wirestream.consumer.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code wirestream_sink_records_lag{sink,topic,partition}}: how many records each assigned
 * partition is behind its end, refreshed by the poll thread after every poll (the consumer is not
 * thread-safe, so the scrape thread only reads the numbers left here). The Kafka client's own
 * {@code records-lag} meters say the same but appear only after Micrometer's next metric refresh;
 * this one is there from the first poll and disappears with the partition.
 */
public final class LagGauges {

    private final MeterRegistry registry;
    private final String sink;
    private final Map<TopicPartition, AtomicLong> lags = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Gauge> gauges = new ConcurrentHashMap<>();

    public LagGauges(MeterRegistry registry, String sink) {
        this.registry = registry;
        this.sink = sink;
    }

    /** Reads the lag the consumer knows from its last fetch (no remote call). */
    public void update(Consumer<?, ?> consumer) {
        for (TopicPartition tp : consumer.assignment()) {
            OptionalLong lag = consumer.currentLag(tp);
            if (lag.isPresent()) {
                lags.computeIfAbsent(tp, this::register).set(lag.getAsLong());
            }
        }
    }

    public void remove(Collection<TopicPartition> partitions) {
        for (TopicPartition tp : partitions) {
            lags.remove(tp);
            Gauge g = gauges.remove(tp);
            if (g != null) {
                registry.remove(g);
            }
        }
    }

    /** The last known total lag over all assigned partitions. */
    public long total() {
        return lags.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private AtomicLong register(TopicPartition tp) {
        AtomicLong value = new AtomicLong();
        gauges.put(tp, Gauge.builder("wirestream.sink.records.lag", value, AtomicLong::get)
                .description("Records between this sink's position and the end of the partition")
                .tags(Tags.of("sink", sink, "topic", tp.topic(), "partition", Integer.toString(tp.partition())))
                .strongReference(true)
                .register(registry));
        return value;
    }
}
