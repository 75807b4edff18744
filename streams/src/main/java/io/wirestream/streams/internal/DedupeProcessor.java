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
        if (seenWithinRetention(id, now)) {
            metrics.duplicate("exact");
            context.forward(record.withValue(new Deduped(record.value(), true, Optional.empty(), OptionalLong.empty())));
            return;
        }
        seen.put(id, now, now);
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

    private boolean seenWithinRetention(String id, long now) {
        Instant from = Instant.ofEpochMilli(Math.max(0, now - retention.toMillis()));
        try (WindowStoreIterator<Long> it = seen.fetch(id, from, Instant.ofEpochMilli(Long.MAX_VALUE / 2))) {
            return it.hasNext();
        }
    }
}
