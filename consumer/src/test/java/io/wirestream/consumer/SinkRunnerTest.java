package io.wirestream.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirestream.ops.Metrics;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.topics.TopicCatalogue;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The consume–write–commit loop against Kafka's MockConsumer and the mock registry: no broker. */
class SinkRunnerTest {

    private static final String TOPIC = "enriched";
    private static final TopicPartition TP = new TopicPartition(TOPIC, 0);

    private final Map<String, Object> kafka = Map.of("schema.registry.url", "mock://sink-runner-" + UUID.randomUUID());
    private final Serializer<EnrichedArticle> serializer = TopicCatalogue.valueSerde(EnrichedArticle.class, kafka).serializer();
    private final PacedMockConsumer consumer = new PacedMockConsumer();
    private final List<DeadLetter> letters = new CopyOnWriteArrayList<>();
    private SinkRunner runner;

    /** MockConsumer answers an empty poll at once; this one waits a little, as a broker's long poll does. */
    static final class PacedMockConsumer extends MockConsumer<byte[], byte[]> {
        final List<Map<TopicPartition, OffsetAndMetadata>> commits = new CopyOnWriteArrayList<>();

        PacedMockConsumer() {
            super("earliest");
        }

        @Override
        public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
            super.commitSync(offsets);
            commits.add(Map.copyOf(offsets));
        }

        @Override
        public ConsumerRecords<byte[], byte[]> poll(Duration timeout) {
            ConsumerRecords<byte[], byte[]> r = super.poll(timeout);
            if (r.isEmpty()) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(Math.min(5, timeout.toMillis())));
            }
            return r;
        }
    }

    /** Keeps what it is given; fails while {@code down}; rejects articles whose source is "reject-me". */
    static final class TestStore implements RecordStore {
        final List<SinkRecord> written = new CopyOnWriteArrayList<>();
        volatile boolean down;

        @Override
        public String name() {
            return "test";
        }

        @Override
        public List<Rejected> write(List<SinkRecord> records) throws Exception {
            if (down) {
                throw new SQLTransientConnectionException("database unreachable");
            }
            List<Rejected> rejected = new ArrayList<>();
            for (SinkRecord r : records) {
                if (r instanceof SinkRecord.ArticleRecord a && a.article().getSource().equals("reject-me")) {
                    rejected.add(new Rejected(r, "DataError", "value too long"));
                } else {
                    written.add(r);
                }
            }
            return rejected;
        }
    }

    @AfterEach
    void stop() {
        if (runner != null) {
            runner.close();
        }
    }

    @Test
    void shouldPauseAndRetryWhileTheStoreIsDownAndCommitOnlyOnceItWrote() {
        TestStore store = new TestStore();
        store.down = true;
        start(store, CrashPoint.NONE, List.of(avro("a1"), avro("a2"), avro("a3")));

        await().atMost(Duration.ofSeconds(10)).until(() -> runner.stats().retries() >= 2);
        assertThat(consumer.paused()).containsExactly(TP);
        assertThat(committed()).as("nothing committed past unwritten rows").isNull();
        assertThat(runner.readiness().up()).isFalse();

        store.down = false;

        await().atMost(Duration.ofSeconds(10)).until(() -> committed() != null && committed().offset() == 3);
        assertThat(store.written).hasSize(3);
        assertThat(consumer.paused()).isEmpty();
        assertThat(runner.readiness().up()).isTrue();
    }

    @Test
    void shouldDeadLetterMalformedRecordsAndWriteTheOthers() {
        TestStore store = new TestStore();
        byte[] unknownSchemaId = ByteBuffer.allocate(9).put((byte) 0).putInt(424_242).putInt(7).array();
        start(store, CrashPoint.NONE, List.of(avro("a1"), "not avro at all".getBytes(StandardCharsets.UTF_8), unknownSchemaId,
                avro("a2")));

        await().atMost(Duration.ofSeconds(10)).until(() -> committed() != null && committed().offset() == 4);
        assertThat(store.written).extracting(r -> r.position().offset()).containsExactly(0L, 3L);
        assertThat(letters).extracting(DeadLetter::getOffset).containsExactly(1L, 2L);
        assertThat(letters).allSatisfy(l -> {
            assertThat(l.getStage()).isEqualTo("sink");
            assertThat(l.getTopic()).isEqualTo(TOPIC);
            assertThat(l.getArticleId()).startsWith("key-");
        });
        assertThat(letters.get(1).getReason()).contains("424242");
        assertThat(runner.stats().deadLettered()).isEqualTo(2);
    }

    @Test
    void shouldDeadLetterWhatTheStoreRejectsForGood() {
        TestStore store = new TestStore();
        byte[] rejected = serializer.serialize(TOPIC, Articles.simple("r1", "t", "body", "reject-me", List.of(), List.of()));
        start(store, CrashPoint.NONE, List.of(avro("a1"), rejected));

        await().atMost(Duration.ofSeconds(10)).until(() -> committed() != null && committed().offset() == 2);
        assertThat(letters).singleElement().satisfies(l -> {
            assertThat(l.getOffset()).isEqualTo(1L);
            assertThat(l.getReason()).isEqualTo("value too long");
            assertThat(l.getValue()).isEqualTo(ByteBuffer.wrap(rejected));
        });
    }

    @Test
    void shouldNotCommitWhenKilledBetweenTheStoreCommitAndTheOffsetCommit() {
        TestStore store = new TestStore();
        start(store, written -> {
            throw new CrashPoint.Crash("killed by the test");
        }, List.of(avro("a1"), avro("a2")));

        await().atMost(Duration.ofSeconds(10)).until(() -> !runner.liveness().up());
        assertThat(store.written).hasSize(2);
        assertThat(consumer.closed()).isTrue();
        assertThat(consumer.commits).isEmpty();
    }

    private void start(RecordStore store, CrashPoint crashPoint, List<byte[]> values) {
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(TP));
            consumer.updateBeginningOffsets(Map.of(TP, 0L));
            consumer.updateEndOffsets(Map.of(TP, (long) values.size()));
            for (int i = 0; i < values.size(); i++) {
                consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, i, ("key-" + i).getBytes(StandardCharsets.UTF_8), values.get(i)));
            }
        });
        SinkRunner.Config config = new SinkRunner.Config("test", kafka, "group", List.of(TOPIC), List.of(), 100,
                Duration.ofMillis(50), new Backoff(Duration.ofMillis(10), Duration.ofMillis(50)), "earliest");
        DeadLetters deadLetters = letters::addAll;
        runner = new SinkRunner(config, store, TopicSubscription.group(List.of(TOPIC)), deadLetters, new Metrics(), crashPoint,
                props -> consumer).start();
    }

    private byte[] avro(String id) {
        return serializer.serialize(TOPIC, Articles.full(id));
    }

    private OffsetAndMetadata committed() {
        return consumer.committed(Set.of(TP)).get(TP);
    }
}
