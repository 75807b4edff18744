package io.wirestream.consumer.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The few JDBC chores the sink repeats: batched statements, nullable values, timestamps in UTC. */
final class Sql {

    /** Binds one row's parameters. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private Sql() {
    }

    /** Runs {@code sql} once per row as one JDBC batch; returns the update counts. */
    static <T> int[] batch(Connection c, String sql, Iterable<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
                n++;
            }
            return n == 0 ? new int[0] : ps.executeBatch();
        }
    }

    static void setText(PreparedStatement ps, int i, String value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, value);
        }
    }

    static void setInstant(PreparedStatement ps, int i, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(i, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    static Instant getInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** A data error (a value the schema cannot hold, a violated constraint) rather than trouble reaching the database. */
    static boolean isDataError(SQLException e) {
        return Optional.ofNullable(e.getSQLState()).map(s -> s.startsWith("22") || s.startsWith("23")).orElse(false);
    }
}
