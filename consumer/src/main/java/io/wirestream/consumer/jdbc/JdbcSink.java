package io.wirestream.consumer.jdbc;

import io.wirestream.consumer.CrashPoint;
import io.wirestream.consumer.KafkaDeadLetters;
import io.wirestream.consumer.SinkRunner;
import io.wirestream.consumer.SinkSettings;
import io.wirestream.consumer.TopicSubscription;
import io.wirestream.ops.Health;
import io.wirestream.ops.Metrics;
import io.wirestream.schemas.topics.TopicNames;
import java.time.Clock;
import java.util.List;

/**
 * The database sink: enriched articles and trend windows from Kafka into PostgreSQL (production)
 * or the embedded H2 file database (the demo), through the same code and migrations. Articles are
 * upserted by id, so the at-least-once delivery of the consumer still stores each article once.
 * Embeddable: {@code wirestream demo} runs it next to the topology, {@code wirestream sink} alone.
 */
public final class JdbcSink implements AutoCloseable {

    /** The sink's default consumer group. */
    public static final String DEFAULT_GROUP = "wirestream-sink-jdbc";

    public record Config(SinkSettings sink, Database.Config database) {
    }

    private final Database database;
    private final KafkaDeadLetters deadLetters;
    private final SinkRunner runner;

    public JdbcSink(Config config, Metrics metrics) {
        this(config, metrics, CrashPoint.NONE);
    }

    /** With a crash point, for tests that kill the sink between the database and the offset commit. */
    public JdbcSink(Config config, Metrics metrics, CrashPoint crashPoint) {
        SinkSettings s = config.sink();
        TopicNames topics = s.topicNames();
        this.database = new Database(config.database());
        this.deadLetters = new KafkaDeadLetters(s.kafka(), s.deadLetterTopic(), s.createTopics());
        SinkRunner.Config rc = s.runnerConfig("jdbc", List.of(topics.enriched()),
                List.of(topics.entityTrends(), topics.topicTrends()), "earliest");
        this.runner = new SinkRunner(rc, new JdbcRecordStore(database, Clock.systemUTC()), TopicSubscription.group(rc.topics()),
                deadLetters, metrics, crashPoint);
    }

    public JdbcSink start() {
        runner.start();
        return this;
    }

    public SinkRunner runner() {
        return runner;
    }

    public Database database() {
        return database;
    }

    /** Reads the sunk articles back (searches, whole articles, row counts). */
    public ArticleRepository articles() {
        return new ArticleRepository(database);
    }

    public JdbcSink registerWith(Health health) {
        runner.registerWith(health);
        return this;
    }

    /** Graceful: the batch in hand is written and committed, then the pool closes. */
    @Override
    public void close() {
        runner.close();
        deadLetters.close();
        database.close();
    }
}
