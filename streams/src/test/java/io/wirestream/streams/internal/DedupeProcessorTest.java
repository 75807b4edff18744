package io.wirestream.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.RawArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exact-duplicate detection against replays. Under at_least_once a task restarted after a crash
 * processes again records whose dedupe entries reached the changelog; the chaos suite's SIGKILL
 * scenario showed such replays leaving by the duplicates door only, so those articles were never
 * enriched. A replay is the same input record (same raw partition and offset), a duplicate is another.
 */
class DedupeProcessorTest {

    private static final Duration RETENTION = Duration.ofDays(7);
    private static final long T0 = Instant.parse("2025-02-15T10:00:00Z").toEpochMilli();

    private MockProcessorContext<String, Deduped> context;
    private WindowStore<String, Long> seen;
    private DedupeProcessor processor;

    @BeforeEach
    void setUp() {
        context = new MockProcessorContext<>();
        seen = Stores.windowStoreBuilder(Stores.inMemoryWindowStore(DedupeProcessor.STORE, RETENTION, RETENTION, false),
                Serdes.String(), Serdes.Long()).withLoggingDisabled().build();
        seen.init(context.getStateStoreContext(), seen);
        context.addStateStore(seen);
        KeyValueStore<String, Long> fingerprints = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(FingerprintIndex.STORE), Serdes.String(), Serdes.Long()).withLoggingDisabled().build();
        fingerprints.init(context.getStateStoreContext(), fingerprints);
        context.addStateStore(fingerprints);
        processor = new DedupeProcessor(RETENTION, 6, StageMetrics.discarding());
        processor.init(context);
    }

    @Test
    void shouldProcessAReplayedRecordAsNewInsteadOfCallingItADuplicate() {
        assertThat(verdicts(at(0, 5, "a", T0))).containsExactly(false);

        // the task restarts from an offset before 5: the store already holds "a" from offset 5
        assertThat(verdicts(at(0, 5, "a", T0))).as("the same record again is a replay").containsExactly(false);
    }

    @Test
    void shouldStillCallAnotherRecordWithTheSameIdADuplicate() {
        verdicts(at(0, 5, "a", T0));

        assertThat(verdicts(at(0, 9, "a", T0 + 1000))).as("a later record with the same id").containsExactly(true);
        assertThat(verdicts(at(0, 9, "a", T0 + 1000))).as("that duplicate replayed is still a duplicate").containsExactly(true);
        assertThat(verdicts(at(1, 5, "a", T0 + 2000))).as("same offset on another partition").containsExactly(true);
    }

    @Test
    void shouldCallAnIdADuplicateWhenItsStoreEntryHasNoPosition() {
        seen.put("a", T0, T0); // what the store held before positions were kept: the timestamp

        assertThat(verdicts(at(0, 5, "a", T0 + 1000))).containsExactly(true);
    }

    @Test
    void shouldForgetAnIdAfterTheRetention() {
        verdicts(at(0, 5, "a", T0));

        assertThat(verdicts(at(0, 50, "a", T0 + RETENTION.toMillis() + 1000))).containsExactly(false);
    }

    private Record<String, RawArticle> at(int partition, long offset, String id, long timestamp) {
        context.setRecordMetadata("news.articles.raw", partition, offset);
        return new Record<>(id, RawArticle.newBuilder().setId(id).setSource("wire").setUrl("https://example.com/" + id)
                .setTitle("Title " + id).setBody("Body of " + id + " " + offset).setFetchedAt(Instant.ofEpochMilli(timestamp))
                .build(), timestamp);
    }

    /** Processes the record; the exact-duplicate verdicts of what was forwarded. */
    private List<Boolean> verdicts(Record<String, RawArticle> record) {
        context.resetForwards();
        processor.process(record);
        return context.forwarded().stream().map(f -> f.record().value().exactDuplicate()).toList();
    }
}
