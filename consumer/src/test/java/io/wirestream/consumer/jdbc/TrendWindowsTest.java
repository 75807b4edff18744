package io.wirestream.consumer.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.consumer.Articles;
import io.wirestream.consumer.RecordPosition;
import io.wirestream.consumer.SinkRecord;
import io.wirestream.consumer.SinkRecord.TrendRecord;
import io.wirestream.schemas.TrendKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Trend windows on both databases the sink writes (each with its own upsert: {@code ON CONFLICT} on
 * PostgreSQL, update-then-insert on H2): a window's latest count wins, within a batch and across
 * batches, and windows that differ in any part of their key stay apart.
 */
class TrendWindowsTest {

    @TempDir
    Path tmp;
    private long offset;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabases.class)
    void shouldKeepTheLatestCountOfEveryWindow(TestDatabases db) throws Exception {
        Instant minute = Instant.parse("2025-02-14T10:00:00Z");
        Instant next = minute.plusSeconds(60);
        try (TestDatabases.Fresh fresh = db.fresh(tmp); Database database = new Database(fresh.config())) {
            JdbcRecordStore store = new JdbcRecordStore(database, Clock.systemUTC());
            store.prepare();

            assertThat(store.write(List.of(trend(TrendKind.ENTITY, "Maria Lopez", minute, 1),
                    trend(TrendKind.ENTITY, "Maria Lopez", minute, 2), trend(TrendKind.TOPIC, "sport", minute, 1)))).isEmpty();
            List<SinkRecord> second = new ArrayList<>();
            for (long n = 3; n <= 40; n++) {
                second.add(trend(TrendKind.ENTITY, "Maria Lopez", minute, n)); // an existing window growing in one batch
            }
            second.add(trend(TrendKind.ENTITY, "Maria Lopez", next, 1)); // the next minute: a window of its own
            second.add(trend(TrendKind.ENTITY, "Nairobi", minute, 5));
            assertThat(store.write(second)).isEmpty();
            assertThat(store.write(List.of(trend(TrendKind.TOPIC, "sport", minute, 7)))).isEmpty();

            assertThat(rows(database)).containsExactly(
                    "ENTITY|Maria Lopez|2025-02-14T10:00:00Z|40",
                    "ENTITY|Maria Lopez|2025-02-14T10:01:00Z|1",
                    "ENTITY|Nairobi|2025-02-14T10:00:00Z|5",
                    "TOPIC|sport|2025-02-14T10:00:00Z|7");
        }
    }

    private SinkRecord trend(TrendKind kind, String name, Instant start, long count) {
        return new TrendRecord(Articles.trend(kind, name, kind == TrendKind.TOPIC ? "medtop:15000000" : null, start, 1, count),
                new RecordPosition("trends", 0, offset++));
    }

    private static List<String> rows(Database database) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT kind, name, window_start, occurrences FROM trend_windows"
                        + " ORDER BY kind, name, window_start")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + Sql.getInstant(rs, "window_start") + "|" + rs.getLong(4));
            }
        }
        return rows;
    }
}
