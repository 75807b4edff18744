package io.wirestream.consumer.jdbc;

import io.wirestream.consumer.SinkRecord.TrendRecord;
import io.wirestream.schemas.TrendCount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes trend windows: one row per (kind, entity type, key, name, window), whose count a later
 * record of the same window replaces (the topology emits a window's count again each time it
 * grows). On PostgreSQL one {@code INSERT ... ON CONFLICT DO UPDATE} per window: the conflict is
 * found through the primary key whatever the planner thinks of the table. (An {@code UPDATE} by the
 * key, prepared while the table was small, kept a generic plan that scanned {@code window_start}'s
 * index: 8 ms per window and a sink stuck at 16 articles/s once the table held 90,000 windows.) H2
 * has no {@code ON CONFLICT DO UPDATE}, so there it is update-then-insert; a window is written by one
 * sink instance at a time (same key, same partition), so the two steps do not race.
 */
final class TrendTables {

    private static final String WHERE = " WHERE kind = ? AND entity_type = ? AND trend_key = ? AND name = ?"
            + " AND window_start = ? AND window_end = ?";
    private static final String INSERT = "INSERT INTO trend_windows (occurrences, updated_at, kind, entity_type, trend_key,"
            + " name, window_start, window_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private TrendTables() {
    }

    /** Upserts the windows; when a window repeats, the last record wins. Does not commit. */
    static void upsert(Connection c, Database.Kind dialect, List<TrendRecord> records, Instant now) throws SQLException {
        Map<List<Object>, TrendCount> latest = new LinkedHashMap<>();
        for (TrendRecord r : records) {
            TrendCount t = r.trend();
            latest.put(List.of(t.getKind().name(), nz(t.getEntityType()), nz(t.getKey()), t.getName(), t.getWindowStart(),
                    t.getWindowEnd()), t);
        }
        List<TrendCount> rows = List.copyOf(latest.values());
        Sql.Binder<TrendCount> values = (ps, t) -> {
            ps.setLong(1, t.getCount());
            Sql.setInstant(ps, 2, now);
            bindKey(ps, 3, t);
        };
        if (dialect == Database.Kind.POSTGRESQL) {
            // each window once in the batch (deduplicated above): a multi-row ON CONFLICT may not touch a row twice
            Sql.batch(c, INSERT + " ON CONFLICT (kind, entity_type, trend_key, name, window_start, window_end)"
                    + " DO UPDATE SET occurrences = EXCLUDED.occurrences, updated_at = EXCLUDED.updated_at", rows, values);
            return;
        }
        int[] updated = Sql.batch(c, "UPDATE trend_windows SET occurrences = ?, updated_at = ?" + WHERE, rows, values);
        List<TrendCount> missing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            // a driver may report SUCCESS_NO_INFO (-2) for an update that did happen; only 0 means "no such row"
            if (updated[i] == 0) {
                missing.add(rows.get(i));
            }
        }
        Sql.batch(c, INSERT, missing, values);
    }

    private static void bindKey(PreparedStatement ps, int from, TrendCount t) throws SQLException {
        ps.setString(from, t.getKind().name());
        ps.setString(from + 1, nz(t.getEntityType()));
        ps.setString(from + 2, nz(t.getKey()));
        ps.setString(from + 3, t.getName());
        Sql.setInstant(ps, from + 4, t.getWindowStart());
        Sql.setInstant(ps, from + 5, t.getWindowEnd());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
