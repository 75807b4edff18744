package io.wirestream.streams.internal;

import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The fingerprints of recent articles from every partition, as a global store: each instance sees
 * all of them, so a near-duplicate is found whichever partition its original went to. Keys are
 * {@code b<band>:<hex>:<article id>}, one per band, so candidates are a prefix scan away. The topic
 * keeps fingerprints for the dedupe retention, so a restarted instance rebuilds the index from it.
 */
public final class FingerprintIndex {

    public static final String STORE = "fingerprint-index";

    private FingerprintIndex() {
    }

    /** A near-duplicate found: the earlier article and how many bits apart they are. */
    public record Match(String articleId, int distance) {
    }

    /** Keeps the global store up to date from the fingerprints topic. */
    public static final class Updater implements Processor<String, Long, Void, Void> {

        private final int bands;
        private KeyValueStore<String, Long> store;

        /** @param maxDistance the near-duplicate distance; the index keeps {@code maxDistance + 1} bands */
        public Updater(int maxDistance) {
            this.bands = maxDistance + 1;
        }

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(STORE);
        }

        @Override
        public void process(Record<String, Long> record) {
            if (record.key() == null || record.value() == null) {
                return;
            }
            for (int b = 0; b < bands; b++) {
                store.put(key(b, SimHash.band(record.value(), b, bands), record.key()), record.value());
            }
        }
    }

    /** The closest earlier article within {@code maxDistance} bits, other than {@code articleId} itself. */
    public static Optional<Match> nearest(ReadOnlyKeyValueStore<String, Long> store, String articleId, long fingerprint,
            int maxDistance) {
        Match best = null;
        StringSerializer prefixSerializer = new StringSerializer();
        int bands = maxDistance + 1;
        for (int b = 0; b < bands; b++) {
            String prefix = "b" + b + ":" + SimHash.band(fingerprint, b, bands) + ":";
            try (KeyValueIterator<String, Long> it = store.prefixScan(prefix, prefixSerializer)) {
                while (it.hasNext()) {
                    KeyValue<String, Long> kv = it.next();
                    String candidate = kv.key.substring(prefix.length());
                    int d = SimHash.distance(fingerprint, kv.value);
                    if (candidate.equals(articleId) || d > maxDistance) {
                        continue;
                    }
                    if (best == null || d < best.distance() || (d == best.distance() && candidate.compareTo(best.articleId()) < 0)) {
                        best = new Match(candidate, d);
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static String key(int band, String hex, String articleId) {
        return "b" + band + ":" + hex + ":" + articleId;
    }
}
