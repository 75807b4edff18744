package io.wirestream.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wirestream.consumer.internal.LagGauges;
import io.wirestream.consumer.internal.RecordDecoder;
import io.wirestream.consumer.internal.RecordDecoder.Decoded;
import io.wirestream.ops.Health;
import io.wirestream.ops.Metrics;
import io.wirestream.schemas.DeadLetter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consume–write–commit loop every sink shares, on a thread of its own.
 *
 * <p>Each poll is one batch: decoded record by record (a malformed record goes to the dead-letter
 * topic, never stops the partition), written to the {@link RecordStore} in one go, and only then
 * are its offsets committed ({@code enable.auto.commit=false}). A crash between the store commit
 * and the offset commit re-delivers the batch, which the store's upsert makes harmless. When the
 * store (or the schema registry) cannot take the batch, the runner pauses every partition, keeps
 * polling so the group does not evict it, retries the same batch with {@link Backoff} and resumes
 * once it is written: it never commits past a record it did not write.
 *
 * <p>{@link #close()} is a graceful stop: the batch in hand is written and committed first.
 */
public final class SinkRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkRunner.class);

    /**
     * @param name            sink name for logs, metrics ({@code sink} tag), health checks and the client id
     * @param kafka           Kafka and registry client properties
     * @param groupId         the consumer group (offsets are committed there)
     * @param articleTopics   topics of {@code EnrichedArticle}s
     * @param trendTopics     topics of {@code TrendCount}s
     * @param maxPollRecords  the largest batch
     * @param autoOffsetReset where a group without offsets starts: {@code earliest} for sinks
     */
    public record Config(String name, Map<String, Object> kafka, String groupId, Collection<String> articleTopics,
            Collection<String> trendTopics, int maxPollRecords, Duration pollTimeout, Backoff backoff,
            String autoOffsetReset) {

        public Config {
            kafka = Map.copyOf(kafka);
            articleTopics = List.copyOf(articleTopics);
            trendTopics = List.copyOf(trendTopics);
            if (maxPollRecords < 1) {
                throw new IllegalArgumentException("maxPollRecords must be at least 1, got " + maxPollRecords);
            }
        }

        public List<String> topics() {
            List<String> all = new ArrayList<>(articleTopics);
            all.addAll(trendTopics);
            return List.copyOf(new LinkedHashSet<>(all));
        }

        /** The consumer's properties: byte arrays in, manual commits, the group and batch size. */
        public Map<String, Object> consumerProperties() {
            Map<String, Object> p = new HashMap<>(kafka);
            p.keySet().removeIf(k -> k.startsWith("topic."));
            p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, autoOffsetReset);
            p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
            // a sink must not create the topics it reads (with the broker's defaults, before the topology sets them up)
            p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
            // the topology writes in transactions (exactly_once_v2): never sink what it aborted
            p.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            p.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "wirestream-" + name + "-" + Long.toHexString(System.nanoTime()));
            return p;
        }
    }

    /** Counts since start. */
    public record Stats(long written, long deadLettered, long skipped, long batches, long retries) {
    }

    private enum State { CREATED, PREPARING, RUNNING, STOPPED, FAILED }

    private final Config config;
    private final RecordStore store;
    private final TopicSubscription subscription;
    private final DeadLetters deadLetters;
    private final Metrics metrics;
    private final CrashPoint crashPoint;
    private final Function<Map<String, Object>, Consumer<byte[], byte[]>> consumerFactory;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final LagGauges lag;
    private final Counter writtenCounter;
    private final Counter deadLetterCounter;
    private final Counter skippedCounter;
    private final Counter retryCounter;
    private final Timer batchTimer;

    private volatile State state = State.CREATED;
    private volatile boolean running;
    private volatile String problem = "";
    private volatile boolean backingOff;
    private Thread thread;
    private volatile Consumer<byte[], byte[]> consumer;
    private RecordDecoder decoder;
    private Batch pending;
    private int attempts;
    private Instant retryAt = Instant.MIN;

    public SinkRunner(Config config, RecordStore store, TopicSubscription subscription, DeadLetters deadLetters,
            Metrics metrics, CrashPoint crashPoint) {
        this(config, store, subscription, deadLetters, metrics, crashPoint, KafkaConsumer::new);
    }

    /** With a consumer of the caller's making (tests use Kafka's {@code MockConsumer}). */
    SinkRunner(Config config, RecordStore store, TopicSubscription subscription, DeadLetters deadLetters, Metrics metrics,
            CrashPoint crashPoint, Function<Map<String, Object>, Consumer<byte[], byte[]>> consumerFactory) {
        this.config = config;
        this.store = store;
        this.subscription = subscription;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.crashPoint = crashPoint;
        this.consumerFactory = consumerFactory;
        MeterRegistry r = metrics.registry();
        String sink = config.name();
        this.lag = new LagGauges(r, sink);
        this.writtenCounter = Counter.builder("wirestream.sink.records").tag("sink", sink).tag("outcome", "written")
                .description("Records written by the sink, by outcome").register(r);
        this.deadLetterCounter = Counter.builder("wirestream.sink.records").tag("sink", sink).tag("outcome", "dead_letter")
                .description("Records written by the sink, by outcome").register(r);
        this.skippedCounter = Counter.builder("wirestream.sink.records").tag("sink", sink).tag("outcome", "skipped")
                .description("Records written by the sink, by outcome").register(r);
        this.retryCounter = Counter.builder("wirestream.sink.retries").tag("sink", sink)
                .description("Batches that could not be written at once and were retried").register(r);
        this.batchTimer = Timer.builder("wirestream.sink.batch").tag("sink", sink)
                .description("Time to decode, write and commit one batch").register(r);
    }

    public String name() {
        return config.name();
    }

    /** Starts the loop on its own thread and returns at once. */
    public synchronized SinkRunner start() {
        if (thread != null) {
            throw new IllegalStateException("sink " + config.name() + " already started");
        }
        running = true;
        state = State.PREPARING;
        thread = new Thread(this::run, "sink-" + config.name());
        thread.start();
        return this;
    }

    public Stats stats() {
        return new Stats(written.get(), deadLettered.get(), skipped.get(), batches.get(), retries.get());
    }

    /** Records behind the end of the assigned partitions, as of the last poll. */
    public long lag() {
        return lag.total();
    }

    /** Live unless the loop died on something it could not handle (restart the process). */
    public Health.Status liveness() {
        return switch (state) {
            case FAILED -> Health.Status.down("sink loop stopped: " + problem);
            default -> Health.Status.up(state.name());
        };
    }

    /** Ready while the store takes writes; down while preparing, retrying a batch, or stopped. */
    public Health.Status readiness() {
        State s = state;
        if (s == State.RUNNING && !backingOff) {
            return Health.Status.up("writing to " + store.name());
        }
        if (s == State.RUNNING) {
            return Health.Status.down("paused, retrying a batch: " + problem);
        }
        return Health.Status.down(s == State.PREPARING ? "preparing " + store.name() + (problem.isEmpty() ? "" : ": " + problem)
                : s.name().toLowerCase(java.util.Locale.ROOT) + (problem.isEmpty() ? "" : ": " + problem));
    }

    /** Registers this runner's checks as {@code sink-<name>}. */
    public SinkRunner registerWith(Health health) {
        health.liveness("sink-" + config.name(), this::liveness);
        health.readiness("sink-" + config.name(), this::readiness);
        return this;
    }

    public boolean isRunning() {
        return state == State.RUNNING || state == State.PREPARING;
    }

    private void run() {
        try {
            prepareStore();
            if (!running) {
                return;
            }
            decoder = new RecordDecoder(config.kafka(), new HashSet<>(config.articleTopics()),
                    new HashSet<>(config.trendTopics()));
            consumer = consumerFactory.apply(config.consumerProperties());
            metrics.bind(consumer);
            subscription.start(consumer, new Rebalance());
            state = State.RUNNING;
            LOG.info("sink '{}' consuming {} as group '{}' into {}", config.name(), config.topics(), config.groupId(),
                    store.name());
            loop();
            state = State.STOPPED;
        } catch (CrashPoint.Crash crash) {
            problem = "crashed at the crash point: " + crash.getMessage();
            state = State.FAILED;
            LOG.warn("sink '{}' {}", config.name(), problem);
        } catch (WakeupException e) {
            state = running ? State.FAILED : State.STOPPED;
        } catch (Throwable t) {
            problem = t.toString();
            state = State.FAILED;
            LOG.error("sink '{}' stopped on an unexpected error", config.name(), t);
        } finally {
            closeQuietly();
        }
    }

    private void prepareStore() throws InterruptedException {
        int attempt = 0;
        while (running) {
            try {
                store.prepare();
                problem = "";
                return;
            } catch (Exception e) {
                attempt++;
                problem = e.toString();
                Duration wait = config.backoff().delay(attempt);
                LOG.warn("sink '{}': {} not ready ({}); retrying in {} ms", config.name(), store.name(), e, wait.toMillis());
                if (stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        }
    }

    private void loop() throws InterruptedException {
        while (running) {
            if (consumer.subscription().isEmpty() && consumer.assignment().isEmpty()) {
                // a manual assignment found no partitions yet (the topics do not exist): look again shortly
                stopping.await(config.pollTimeout().toMillis(), TimeUnit.MILLISECONDS);
                subscription.afterPoll(consumer);
                continue;
            }
            ConsumerRecords<byte[], byte[]> polled;
            try {
                polled = consumer.poll(pollTimeout());
            } catch (WakeupException e) {
                if (!running) {
                    break;
                }
                continue;
            }
            subscription.afterPoll(consumer);
            lag.update(consumer);
            if (!polled.isEmpty()) {
                if (pending == null) {
                    pending = new Batch();
                }
                pending.add(polled);
            }
            if (pending != null && pending.isEmpty()) {
                recovered();
            } else if (pending != null && !Instant.now().isBefore(retryAt)) {
                attempt();
            }
        }
        if (pending != null && !pending.isEmpty() && !backingOff) {
            attempt();
        }
    }

    private Duration pollTimeout() {
        if (pending == null) {
            return config.pollTimeout();
        }
        Duration untilRetry = Duration.between(Instant.now(), retryAt);
        if (untilRetry.isNegative()) {
            return Duration.ZERO;
        }
        return untilRetry.compareTo(config.pollTimeout()) < 0 ? untilRetry : config.pollTimeout();
    }

    /** Decode, write, dead-letter, commit; on any failure pause and retry later. */
    private void attempt() {
        Batch batch = pending;
        long t0 = System.nanoTime();
        try {
            List<SinkRecord> good = new ArrayList<>();
            List<DeadLetter> letters = new ArrayList<>();
            int tombstones = 0;
            Instant now = Instant.now();
            for (ConsumerRecord<byte[], byte[]> raw : batch.records()) {
                Decoded d = decoder.decode(raw);
                if (d instanceof Decoded.Good g) {
                    good.add(g.record());
                } else if (d instanceof Decoded.Malformed m) {
                    LOG.warn("sink '{}': malformed record at topic {} partition {} offset {} ({}: {}); dead-lettered",
                            config.name(), raw.topic(), raw.partition(), raw.offset(), m.errorClass(), m.reason());
                    letters.add(DeadLetters.of(raw, m.errorClass(), m.reason(), now));
                } else {
                    tombstones++;
                }
            }
            List<RecordStore.Rejected> rejected = good.isEmpty() ? List.of() : store.write(good);
            Set<RecordPosition> rejectedAt = new HashSet<>();
            for (RecordStore.Rejected r : rejected) {
                RecordPosition at = r.record().position();
                rejectedAt.add(at);
                LOG.warn("sink '{}': {} cannot take the record at topic {} partition {} offset {} ({}: {}); dead-lettered",
                        config.name(), store.name(), at.topic(), at.partition(), at.offset(), r.errorClass(), r.reason());
                letters.add(DeadLetters.of(batch.at(at), r.errorClass(), r.reason(), now));
            }
            deadLetters.publish(letters);
            List<SinkRecord> stored = good.stream().filter(r -> !rejectedAt.contains(r.position())).toList();
            crashPoint.afterStoreCommit(stored);
            commit(batch.nextOffsets());
            written.addAndGet(stored.size());
            writtenCounter.increment(stored.size());
            deadLettered.addAndGet(letters.size());
            deadLetterCounter.increment(letters.size());
            skipped.addAndGet(tombstones);
            skippedCounter.increment(tombstones);
            batches.incrementAndGet();
            batchTimer.record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
            recovered();
        } catch (CrashPoint.Crash crash) {
            throw crash;
        } catch (Exception e) {
            attempts++;
            retries.incrementAndGet();
            retryCounter.increment();
            Duration wait = config.backoff().delay(attempts);
            retryAt = Instant.now().plus(wait);
            problem = e.toString();
            backingOff = true;
            consumer.pause(consumer.assignment());
            LOG.warn("sink '{}': cannot write a batch of {} record(s) to {} ({}); partitions paused, retry {} in {} ms",
                    config.name(), batch.size(), store.name(), e, attempts, wait.toMillis());
        }
    }

    private void recovered() {
        if (backingOff) {
            LOG.info("sink '{}': {} takes writes again after {} retr{}; partitions resumed", config.name(), store.name(),
                    attempts, attempts == 1 ? "y" : "ies");
        }
        pending = null;
        attempts = 0;
        retryAt = Instant.MIN;
        backingOff = false;
        problem = "";
        consumer.resume(consumer.paused());
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            consumer.commitSync(offsets);
        } catch (WakeupException e) {
            // close() woke the consumer while the batch was being committed: finish the commit first
            consumer.commitSync(offsets);
        } catch (CommitFailedException | RebalanceInProgressException e) {
            LOG.warn("sink '{}': offsets of a written batch not committed ({}); the partitions' new owner re-delivers it, "
                    + "which the upsert makes harmless", config.name(), e.getMessage());
        } catch (KafkaException e) {
            LOG.warn("sink '{}': offsets of a written batch not committed ({}); the next commit covers them",
                    config.name(), e.toString());
        }
    }

    /** Keeps the pending batch and the lag gauges in line with the group's assignment. */
    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            lag.remove(partitions);
            if (pending != null) {
                pending.drop(partitions);
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (backingOff) {
                consumer.pause(partitions);
            }
        }
    }

    /** The records of the polls not yet written, in order, with the offsets to commit once they are. */
    private static final class Batch {

        private final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();

        void add(ConsumerRecords<byte[], byte[]> polled) {
            polled.forEach(records::add);
        }

        void drop(Collection<TopicPartition> partitions) {
            Set<TopicPartition> gone = new HashSet<>(partitions);
            records.removeIf(r -> gone.contains(new TopicPartition(r.topic(), r.partition())));
        }

        List<ConsumerRecord<byte[], byte[]>> records() {
            return records;
        }

        boolean isEmpty() {
            return records.isEmpty();
        }

        int size() {
            return records.size();
        }

        ConsumerRecord<byte[], byte[]> at(RecordPosition p) {
            return records.stream().filter(r -> r.topic().equals(p.topic()) && r.partition() == p.partition()
                    && r.offset() == p.offset()).findFirst().orElseThrow();
        }

        Map<TopicPartition, OffsetAndMetadata> nextOffsets() {
            Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : records) {
                out.merge(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1),
                        (a, b) -> a.offset() >= b.offset() ? a : b);
            }
            return out;
        }
    }

    /** Stops gracefully: the batch in hand is written and committed, then the consumer leaves its group. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            t = thread;
            running = false;
        }
        stopping.countDown();
        Consumer<byte[], byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (t != null) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (state != State.FAILED) {
            state = State.STOPPED;
        }
    }

    private void closeQuietly() {
        if (consumer != null) {
            try {
                lag.remove(consumer.assignment());
                consumer.close(CloseOptions.timeout(Duration.ofSeconds(10)));
            } catch (RuntimeException e) {
                LOG.debug("closing the consumer", e);
            }
        }
        if (decoder != null) {
            decoder.close();
        }
        try {
            store.close();
        } catch (Exception e) {
            LOG.warn("sink '{}': closing {} failed", config.name(), store.name(), e);
        }
    }
}
