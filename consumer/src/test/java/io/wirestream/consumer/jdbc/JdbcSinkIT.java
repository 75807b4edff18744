package io.wirestream.consumer.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.javalin.Javalin;
import io.wirestream.consumer.Articles;
import io.wirestream.consumer.SinkSettings;
import io.wirestream.consumer.TestTopics;
import io.wirestream.ops.Health;
import io.wirestream.ops.Metrics;
import io.wirestream.ops.OpsEndpoints;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.EntityType;
import io.wirestream.schemas.TrendCount;
import io.wirestream.schemas.TrendKind;
import io.wirestream.testkit.KafkaPlatform;
import io.wirestream.testkit.KafkaPlatformExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Enriched articles on a real broker → the JDBC sink → PostgreSQL and the embedded H2 database,
 * read back field by field; re-delivered records (offsets reset to the beginning) change nothing.
 */
@ExtendWith(KafkaPlatformExtension.class)
class JdbcSinkIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabases.class)
    void shouldStoreEveryArticleFieldByFieldAndIgnoreReDeliveries(TestDatabases db, KafkaPlatform platform) throws Exception {
        TestTopics topics = TestTopics.create(platform, "jdbc-" + db.name().toLowerCase(), 2);
        List<EnrichedArticle> articles = articles();
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        List<TrendCount> trends = List.of(
                Articles.trend(TrendKind.ENTITY, "Maria Lopez", null, minute, 1, 1),
                Articles.trend(TrendKind.ENTITY, "Maria Lopez", null, minute, 1, 2),
                Articles.trend(TrendKind.TOPIC, "politics", "medtop:11000000", minute, 1, 1));
        topics.publish(articles);
        topics.publishTrends(trends);
        SinkSettings settings = topics.sinkSettings("jdbc-sink");

        try (TestDatabases.Fresh fresh = db.fresh(tmp)) {
            Map<String, Long> counts;
            try (Metrics metrics = new Metrics();
                    JdbcSink sink = new JdbcSink(new JdbcSink.Config(settings, fresh.config()), metrics).start()) {
                ArticleRepository repository = sink.articles();
                await().atMost(WAIT).until(() -> sink.runner().stats().written() == articles.size() + trends.size());

                for (EnrichedArticle a : articles) {
                    assertThat(repository.get(a.getId())).as(a.getId()).contains(a);
                }
                assertThat(rows(sink.database(), "SELECT m.text, m.start_offset, m.end_offset, e.name, e.type "
                        + "FROM entity_mentions m JOIN entities e ON e.article_id = m.article_id AND e.ordinal = m.entity_ordinal "
                        + "WHERE m.article_id = 'full-1' ORDER BY m.start_offset"))
                        .containsExactly("Maria Lopez|0|11|Maria Lopez|PERSON", "Nairobi|29|36|Nairobi|LOCATION",
                                "Lopez|67|72|Maria Lopez|PERSON");
                assertThat(rows(sink.database(), "SELECT text, iso_value, resolved FROM dates WHERE article_id = 'full-1'"))
                        .containsExactly("Friday|2025-02-14|true");
                assertThat(rows(sink.database(), "SELECT kind, name, occurrences FROM trend_windows ORDER BY kind"))
                        .containsExactly("ENTITY|Maria Lopez|2", "TOPIC|politics|1");
                assertThat(repository.find(new io.wirestream.consumer.ArticleQuery(java.util.Optional.of("politics"),
                        java.util.Optional.of("Nairobi"), java.util.Optional.empty(), java.util.Optional.empty(),
                        java.util.Optional.of("REBUILD"), 10))).extracting(EnrichedArticle::getId).containsExactly("full-1");
                assertOpsEndpoints(sink.runner(), metrics);
                counts = repository.rowCounts();
                assertThat(counts.get("articles")).isEqualTo(articles.size());
            }

            resetOffsetsToTheBeginning(platform, settings.groupId(), topics);
            try (JdbcSink again = new JdbcSink(new JdbcSink.Config(settings, fresh.config()), new Metrics()).start()) {
                await().atMost(WAIT).until(() -> again.runner().stats().written() == articles.size() + trends.size()
                        && again.runner().lag() == 0);
                assertThat(again.articles().rowCounts()).as("row counts after re-delivery").isEqualTo(counts);
            }
        }
    }

    /** A hand-made article with every field set, three the real engine enriched, and small ones. */
    private static List<EnrichedArticle> articles() {
        List<EnrichedArticle> out = new ArrayList<>();
        out.add(Articles.full("full-1"));
        out.add(Articles.enriched("engine-1", "Floods in Nairobi",
                "Heavy rain flooded parts of Nairobi on Tuesday, forcing 300 families from their homes, Kenya's Red Cross "
                        + "said. President William Ruto promised 2 billion shillings in aid last week."));
        out.add(Articles.enriched("engine-2", "Siemens cuts forecast",
                "Shares of Siemens fell 4 per cent in Frankfurt on Friday after the company cut its forecast. \"We expect "
                        + "a difficult year,\" chief executive Roland Busch told analysts in Munich."));
        out.add(Articles.enriched("engine-3", "Madrid wins derby",
                "Real Madrid beat Atletico 3-1 at the Bernabeu on Sunday, with Vinicius Junior scoring twice in front "
                        + "of 78,000 fans."));
        for (int i = 0; i < 6; i++) {
            String body = "Olga Petrova spoke in Berlin about plan " + i + ".";
            out.add(Articles.simple("simple-" + i, "Plan " + i, body, "wire-" + (i % 2), List.of(Articles.POLITICS),
                    List.of(Articles.entity(body, "Olga Petrova", EntityType.PERSON),
                            Articles.entity(body, "Berlin", EntityType.LOCATION))));
        }
        return out;
    }

    private static void resetOffsetsToTheBeginning(KafkaPlatform platform, String group, TestTopics topics) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", platform.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> zero = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get().keySet().stream().collect(Collectors.toMap(tp -> tp, tp -> new OffsetAndMetadata(0)));
            assertThat(zero).isNotEmpty();
            admin.alterConsumerGroupOffsets(group, zero).all().get();
        }
    }

    private static void assertOpsEndpoints(io.wirestream.consumer.SinkRunner runner, Metrics metrics) throws Exception {
        Health health = new Health();
        runner.registerWith(health);
        Javalin ops = OpsEndpoints.serve("127.0.0.1", 0, health, metrics);
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + ops.port();
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("sink-jdbc");
            String scrape = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(scrape).contains("wirestream_sink_records_lag{").contains("wirestream_sink_records_total{");
        } finally {
            ops.stop();
        }
    }

    private static List<String> rows(Database db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(String.valueOf(rs.getObject(i)));
                }
                out.add(String.join("|", cells));
            }
            c.rollback();
        }
        return out;
    }
}
