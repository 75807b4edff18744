package io.wirestream.consumer.files;

import io.wirestream.consumer.CrashPoint;
import io.wirestream.consumer.KafkaDeadLetters;
import io.wirestream.consumer.RecordStore;
import io.wirestream.consumer.SinkRecord;
import io.wirestream.consumer.SinkRunner;
import io.wirestream.consumer.SinkSettings;
import io.wirestream.consumer.TopicSubscription;
import io.wirestream.mapping.EnrichedArticleJson;
import io.wirestream.ops.Health;
import io.wirestream.ops.Metrics;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The files sink: every enriched article as one line of JSON (the shape {@code wirestream enrich}
 * prints, plus the article's own fields) in rolling files, for backfills and debugging with
 * {@code jq} and friends. Files are fsynced before offsets are committed; delivery is
 * at-least-once, so after a crash a few lines may appear twice (the {@code id} tells them apart).
 */
public final class FilesSink implements AutoCloseable {

    /** The sink's default consumer group. */
    public static final String DEFAULT_GROUP = "wirestream-sink-files";

    /**
     * @param directory where the files go
     * @param maxBytes  size at which a file rolls within its hour
     */
    public record Config(SinkSettings sink, Path directory, long maxBytes) {
    }

    private final KafkaDeadLetters deadLetters;
    private final SinkRunner runner;

    public FilesSink(Config config, Metrics metrics) {
        this(config, metrics, Clock.systemUTC());
    }

    FilesSink(Config config, Metrics metrics, Clock clock) {
        SinkSettings s = config.sink();
        this.deadLetters = new KafkaDeadLetters(s.kafka(), s.deadLetterTopic(), s.createTopics());
        SinkRunner.Config rc = s.runnerConfig("files", List.of(s.topicNames().enriched()), List.of(), "earliest");
        this.runner = new SinkRunner(rc, new JsonlStore(new RollingJsonlWriter(config.directory(), "articles",
                config.maxBytes(), clock)), TopicSubscription.group(rc.topics()), deadLetters, metrics, CrashPoint.NONE);
    }

    public FilesSink start() {
        runner.start();
        return this;
    }

    public SinkRunner runner() {
        return runner;
    }

    public FilesSink registerWith(Health health) {
        runner.registerWith(health);
        return this;
    }

    @Override
    public void close() {
        runner.close();
        deadLetters.close();
    }

    /** Articles as JSON lines; trend records are not this sink's business. */
    static final class JsonlStore implements RecordStore {

        private final RollingJsonlWriter writer;

        JsonlStore(RollingJsonlWriter writer) {
            this.writer = writer;
        }

        @Override
        public String name() {
            return "files";
        }

        @Override
        public List<Rejected> write(List<SinkRecord> records) throws IOException {
            List<Rejected> rejected = new ArrayList<>();
            for (SinkRecord r : records) {
                if (r instanceof SinkRecord.ArticleRecord a) {
                    String line;
                    try {
                        line = EnrichedArticleJson.toJson(a.article()).toString();
                    } catch (RuntimeException e) {
                        // the JSON shape cannot hold this article (e.g. offsets outside its body): dead-letter it
                        rejected.add(new Rejected(r, e.getClass().getName(), String.valueOf(e.getMessage())));
                        continue;
                    }
                    writer.append(line);
                }
            }
            writer.flush();
            return rejected;
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }
}
