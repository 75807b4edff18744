package io.wirestream.cli.demo;

import io.wirestream.consumer.SinkSettings;
import io.wirestream.consumer.dashboard.Dashboard;
import io.wirestream.consumer.files.FilesSink;
import io.wirestream.consumer.jdbc.Database;
import io.wirestream.consumer.jdbc.JdbcSink;
import io.wirestream.embedded.EmbeddedPlatform;
import io.wirestream.ops.Metrics;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.FieldError;
import io.wirestream.producer.Limits;
import io.wirestream.producer.PublisherSettings;
import io.wirestream.producer.bulk.FileIngest;
import io.wirestream.producer.bulk.InputSource;
import io.wirestream.producer.input.ArticleReader;
import io.wirestream.producer.input.InputDefaults;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.topics.TopicCatalogue;
import io.wirestream.streams.ArticleEnricher;
import io.wirestream.streams.StreamsApp;
import io.wirestream.streams.StreamsSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in one process, the way {@code wirestream demo} runs it: a Kafka broker and a
 * schema registry, the streams topology with the real engine, the database and JSONL sinks and the
 * dashboard; then the articles are published and every record is followed to its door and into the
 * database. Also publishes two records the way a careless client would (not Avro; Avro with an
 * empty body) so the dead-letter door is visible.
 */
public final class Demo implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);

    /**
     * @param dataDir  where the broker, the streams state, the embedded database and the JSONL files go
     * @param database the database to sink into; empty for the embedded one under {@code dataDir}
     */
    public record Config(Path dataDir, List<InputSource> articles, Optional<Database.Config> database, String host,
            int dashboardPort, Duration timeout) {
    }

    /** Progress callbacks for the command line. */
    public interface Listener {
        void stage(String message);

        void published(long done);

        void waiting(long accounted, long expected, long sunk, long enriched);
    }

    private final Config config;
    private final List<AutoCloseable> running = new ArrayList<>();
    private EmbeddedPlatform platform;
    private JdbcSink jdbc;
    private Dashboard dashboard;
    private Database.Config database;

    public Demo(Config config) {
        this.config = config;
    }

    /** Starts everything, publishes the articles and waits until they are accounted for or the timeout passes. */
    public DemoSummary run(Listener listener) throws InterruptedException {
        listener.stage("starting Kafka and the schema registry");
        platform = new EmbeddedPlatform(new EmbeddedPlatform.Config(Optional.of(config.dataDir().resolve("platform")),
                config.host(), 0, 0)).start();
        running.add(platform);
        Map<String, Object> clients = new HashMap<>();
        clients.put("bootstrap.servers", platform.bootstrapServers());
        clients.put("schema.registry.url", platform.schemaRegistryUrl());
        TopicCatalogue topics = TopicCatalogue.from(clients);
        Metrics metrics = new Metrics();
        running.add(metrics);

        listener.stage("starting the streams topology (loading the enrichment engine)");
        StreamsApp streams = new StreamsApp(new StreamsApp.Config(clients, "wirestream-demo", 1, StreamsConfig.EXACTLY_ONCE_V2,
                config.dataDir().resolve("streams"), Optional.empty(), config.host(), -1, true, 3, (short) 1,
                StreamsSettings.DEFAULTS), ArticleEnricher.engine(), metrics).start();
        running.add(0, streams);

        listener.stage("starting the database and JSONL sinks and the dashboard");
        database = config.database().orElseGet(() -> Database.Config.of(Database.h2FileUrl(
                config.dataDir().resolve("db").resolve("wirestream").toAbsolutePath())));
        jdbc = new JdbcSink(new JdbcSink.Config(SinkSettings.of(clients, "wirestream-demo-sink"), database), metrics).start();
        running.add(0, jdbc);
        running.add(0, new FilesSink(new FilesSink.Config(SinkSettings.of(clients, "wirestream-demo-files"),
                config.dataDir().resolve("jsonl"), 64L * 1024 * 1024), metrics).start());
        dashboard = new Dashboard(new Dashboard.Config(SinkSettings.of(clients, "wirestream-demo-dashboard"), config.host(),
                config.dashboardPort(), 100, 2000, Optional.of(database)), metrics).start();
        running.add(0, dashboard);

        listener.stage("publishing " + config.articles().size() + " input file(s)");
        FileIngest.Report report = publish(clients, listener::published);
        int foreign = publishLikeACarelessClient(clients, topics);

        long expected = report.published() + foreign;
        try (DoorCounter doors = new DoorCounter(clients, topics)) {
            long deadline = System.nanoTime() + config.timeout().toNanos();
            Set<String> sunk = new HashSet<>();
            while (System.nanoTime() < deadline) {
                doors.poll(Duration.ofMillis(500));
                countSunk(doors.enrichedIds(), sunk);
                listener.waiting(doors.total(), expected, sunk.size(), doors.enrichedIds().size());
                if (doors.total() >= expected && sunk.size() >= doors.enrichedIds().size()) {
                    break;
                }
            }
            doors.poll(Duration.ofMillis(200));
            countSunk(doors.enrichedIds(), sunk);
            List<String> rejected = report.rejections().stream().map(r -> r.origin().describe() + ": "
                    + r.errors().stream().map(FieldError::toString).collect(Collectors.joining("; "))).toList();
            return new DemoSummary(report.published(), rejected, report.duplicates(), foreign, doors.enrichedIds().size(),
                    doors.nearDuplicates(), doors.duplicates(), List.copyOf(doors.deadLetters()), sunk.size(),
                    doors.topEntities(8), doors.topTopics(5), dashboard.url(), database.redactedUrl());
        }
    }

    private FileIngest.Report publish(Map<String, Object> clients, Consumer<Long> progress) throws InterruptedException {
        FileIngest ingest = new FileIngest(new ArticleReader(Limits.DEFAULTS), Optional.empty(),
                new InputDefaults(Optional.empty(), Optional.of("demo"), Optional.empty()));
        long[] done = {0};
        try (ArticlePublisher publisher = ArticlePublisher.start(PublisherSettings.of(clients))) {
            return ingest.publish(config.articles(), publisher, new FileIngest.Listener() {
                @Override
                public void published(io.wirestream.producer.Origin origin, io.wirestream.producer.Publication p) {
                    step();
                }

                @Override
                public void rejected(io.wirestream.producer.Origin origin, List<FieldError> errors) {
                    step();
                }

                private synchronized void step() {
                    progress.accept(++done[0]);
                }
            });
        }
    }

    /** Two records no Wirestream producer would write: they must come out as dead letters, with reasons. */
    private static int publishLikeACarelessClient(Map<String, Object> clients, TopicCatalogue topics) {
        Map<String, Object> p = new HashMap<>(clients);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        RawArticle empty = RawArticle.newBuilder().setId("careless-empty-body").setSource("careless-client")
                .setBody("   ").setFetchedAt(Instant.now()).build();
        byte[] emptyBytes = topics.raw().valueSerde().serializer().serialize(topics.raw().name(), empty);
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topics.raw().name(), "careless-json", ("{\"title\":\"Sent as JSON, not Avro\","
                    + "\"body\":\"A client that ignores the schema registry.\"}").getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>(topics.raw().name(), empty.getId(), emptyBytes));
            producer.flush();
        }
        return 2;
    }

    private void countSunk(Set<String> enriched, Set<String> sunk) {
        for (String id : enriched) {
            if (!sunk.contains(id)) {
                try {
                    if (jdbc.articles().get(id).isPresent()) {
                        sunk.add(id);
                    }
                } catch (SQLException e) {
                    LOG.debug("database not answering yet: {}", e.getMessage());
                    return;
                }
            }
        }
    }

    public String dashboardUrl() {
        return dashboard == null ? "" : dashboard.url();
    }

    @Override
    public void close() {
        for (AutoCloseable c : running) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("stopping {}: {}", c.getClass().getSimpleName(), e.toString());
            }
        }
        running.clear();
    }
}
