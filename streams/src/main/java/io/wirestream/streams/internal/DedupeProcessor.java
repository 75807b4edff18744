package io.wirestream.streams.internal;

import io.wirestream.schemas.RawArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Exact duplicates by article id within the retention (a changelogged window store, so a restarted
 * or moved task still remembers), and near-duplicates by SimHash against the global fingerprint
 * index. Exact duplicates leave by the duplicates door; near-duplicates go on, marked
 * {@code duplicateOf}, so dashboards can fold them.
 *
 * <p>The store remembers where an id was first seen (raw partition and offset), not only that it
 * was: the same input record processed again is a replay, not a duplicate. Under
 * {@code at_least_once} a crash after the store's changelog was written but before the task's
 * output was can replay records the store already holds; calling them duplicates would send each
 * of them out by the duplicates door only, and the article would never be enriched (found by the
 * chaos suite's SIGKILL scenario). Under {@code exactly_once_v2} the store is rolled back with the
 * output, so a replay never meets its own entry. Entries written before this change hold a
 * timestamp instead of a position; they never match a position, so they still mean duplicate.
 */
public final class DedupeProcessor implements Processor<String, RawArticle, String, Deduped> {

    public static final String STAGE = "dedupe";
    public static final String STORE = "dedupe-store";

    private final Duration retention;
    private final int maxDistance;
    private final StageMetrics metrics;
    private ProcessorContext<String, Deduped> context;
    private WindowStore<String, Long> seen;
    private ReadOnlyKeyValueStore<String, Long> fingerprints;

    public DedupeProcessor(Duration retention, int maxDistance, StageMetrics metrics) {
        this.retention = retention;
        this.maxDistance = maxDistance;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Deduped> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
        this.fingerprints = context.getStateStore(FingerprintIndex.STORE);
    }

    @Override
    public void process(Record<String, RawArticle> record) {
        metrics.in(STAGE);
        long now = record.timestamp();
        String id = record.key();
        OptionalLong position = position();
        if (seenElsewhereWithinRetention(id, now, position)) {
            metrics.duplicate("exact");
            context.forward(record.withValue(new Deduped(record.value(), true, Optional.empty(), OptionalLong.empty())));
            return;
        }
        seen.put(id, position.orElse(now), now);
        RawArticle a = record.value();
        OptionalLong fp = SimHash.of(a.getTitle() == null ? a.getBody() : a.getTitle() + "\n" + a.getBody());
        Optional<String> duplicateOf = Optional.empty();
        if (fp.isPresent()) {
            duplicateOf = FingerprintIndex.nearest(fingerprints, id, fp.getAsLong(), maxDistance)
                    .map(FingerprintIndex.Match::articleId);
            duplicateOf.ifPresent(d -> metrics.duplicate("near"));
        }
        context.forward(record.withValue(new Deduped(a, false, duplicateOf, fp)));
    }

    /** Whether the id was seen within the retention by another input record than this one. */
    private boolean seenElsewhereWithinRetention(String id, long now, OptionalLong position) {
        Instant from = Instant.ofEpochMilli(Math.max(0, now - retention.toMillis()));
        try (WindowStoreIterator<Long> it = seen.fetch(id, from, Instant.ofEpochMilli(Long.MAX_VALUE / 2))) {
            while (it.hasNext()) {
                Long first = it.next().value;
                if (position.isEmpty() || first == null || first != position.getAsLong()) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Where this record is on the raw topic, as one long: the partition in the top 16 bits, the
     * offset in the low 48 (an id always lands on the same partition; the partition guards against
     * a topic whose partition count was changed). Empty when the record has no source position.
     */
    private OptionalLong position() {
        return context.recordMetadata()
                .filter(m -> m.offset() >= 0 && m.partition() >= 0)
                .map(m -> OptionalLong.of((long) m.partition() << 48 | (m.offset() & 0xFFFF_FFFF_FFFFL)))
                .orElse(OptionalLong.empty());
    }
}
