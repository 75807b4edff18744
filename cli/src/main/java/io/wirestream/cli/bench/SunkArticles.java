package io.wirestream.cli.bench;

import io.wirestream.consumer.jdbc.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * What the database sink has written, read back with SQL: how many articles of a source are
 * rows, and their end-to-end latency — {@code sunk_at} (stamped by the sink in the transaction that
 * writes the row, just before it commits) minus {@code fetched_at} (when the article was fetched,
 * or was due to be published in a fixed-rate run).
 */
final class SunkArticles {

    /** Latencies of a source's rows, and when its last row was written. */
    record Sunk(long[] latencyMillis, long lastSunkEpochMillis) {
    }

    private final Database database;

    SunkArticles(Database database) {
        this.database = database;
    }

    long count(String source) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM articles WHERE source = ?")) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long n = rs.getLong(1);
                c.rollback();
                return n;
            }
        }
    }

    /** Waits until {@code n} articles of the source are rows; polls every 100 ms. */
    void await(String source, long n, Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long have;
        while ((have = count(source)) < n) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + have + " of " + n + " articles of " + source + " reached the database within "
                        + timeout.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    Sunk latencies(String source) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT fetched_at, sunk_at FROM articles WHERE source = ?")) {
            ps.setString(1, source);
            long[] out = new long[1024];
            int n = 0;
            long last = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long fetched = rs.getObject(1, OffsetDateTime.class).toInstant().toEpochMilli();
                    long sunk = rs.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli();
                    if (n == out.length) {
                        out = java.util.Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = Math.max(0, sunk - fetched);
                    last = Math.max(last, sunk);
                }
            }
            c.rollback();
            return new Sunk(java.util.Arrays.copyOf(out, n), last);
        }
    }
}
