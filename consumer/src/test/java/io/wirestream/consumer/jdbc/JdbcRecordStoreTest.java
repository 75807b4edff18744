package io.wirestream.consumer.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.consumer.Articles;
import io.wirestream.consumer.RecordPosition;
import io.wirestream.consumer.RecordStore;
import io.wirestream.consumer.SinkRecord;
import io.wirestream.consumer.SinkRecord.ArticleRecord;
import io.wirestream.consumer.SinkRecord.TrendRecord;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.TopicTag;
import io.wirestream.schemas.TrendKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database store on the embedded H2 file database (PostgreSQL is covered by JdbcSinkIT). */
class JdbcRecordStoreTest {

    @TempDir
    Path dir;
    private Database database;
    private JdbcRecordStore store;
    private long offset;

    @BeforeEach
    void open() {
        database = new Database(Database.Config.of(Database.h2FileUrl(dir.resolve("sink"))));
        store = new JdbcRecordStore(database, Clock.systemUTC());
        store.prepare();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void shouldReadBackEveryFieldOfAStoredArticle() throws Exception {
        EnrichedArticle a = Articles.full("a1");

        assertThat(store.write(List.of(article(a)))).isEmpty();

        assertThat(new ArticleRepository(database).get("a1")).contains(a);
    }

    @Test
    void shouldReplaceEveryRowOfAReEnrichedArticle() throws Exception {
        EnrichedArticle first = Articles.full("a1");
        EnrichedArticle second = Articles.fullBuilder("a1").setTitle("Corrected title")
                .setTopics(List.of(new TopicTag("medtop:15000000", "sport", 0.5))).setQuotes(List.of()).build();
        store.write(List.of(article(first)));
        store.write(List.of(article(second), article(second)));

        assertThat(new ArticleRepository(database).get("a1")).contains(second);
        assertThat(new ArticleRepository(database).rowCounts()).containsEntry("articles", 1L).containsEntry("topics", 1L)
                .containsEntry("quotes", 0L).containsEntry("entity_mentions", 3L);
    }

    @Test
    void shouldRejectOnlyTheRecordTheSchemaCannotHold() throws Exception {
        EnrichedArticle good = Articles.full("good");
        EnrichedArticle tooLong = Articles.fullBuilder("bad").setSource("x".repeat(2000)).build();
        SinkRecord bad = article(tooLong);

        List<RecordStore.Rejected> rejected = store.write(List.of(article(good), bad));

        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.record()).isEqualTo(bad);
            assertThat(r.reason()).contains("SQLState 22");
        });
        assertThat(new ArticleRepository(database).get("good")).contains(good);
        assertThat(new ArticleRepository(database).get("bad")).isEmpty();
    }

    @Test
    void shouldKeepTheLatestCountOfATrendWindow() throws Exception {
        Instant start = Instant.parse("2025-02-14T10:00:00Z");
        store.write(List.of(trend(TrendKind.ENTITY, "Maria Lopez", start, 1), trend(TrendKind.TOPIC, "sport", start, 1)));
        store.write(List.of(trend(TrendKind.ENTITY, "Maria Lopez", start, 2), trend(TrendKind.ENTITY, "Maria Lopez", start, 3)));

        assertThat(query("SELECT kind, name, occurrences FROM trend_windows ORDER BY kind"))
                .containsExactly(Map.of("kind", "ENTITY", "name", "Maria Lopez", "occurrences", "3"),
                        Map.of("kind", "TOPIC", "name", "sport", "occurrences", "1"));
    }

    @Test
    void shouldMigrateAnExistingSchemaWithoutChangingIt() {
        assertThat(database.migrate().migrationsExecuted).isZero();
    }

    private SinkRecord article(EnrichedArticle a) {
        return new ArticleRecord(a, new RecordPosition("enriched", 0, offset++));
    }

    private SinkRecord trend(TrendKind kind, String name, Instant start, long count) {
        return new TrendRecord(Articles.trend(kind, name, kind == TrendKind.TOPIC ? "medtop:15000000" : null, start, 1, count),
                new RecordPosition("trends", 0, offset++));
    }

    private List<Map<String, String>> query(String sql) throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<Map<String, String>> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
