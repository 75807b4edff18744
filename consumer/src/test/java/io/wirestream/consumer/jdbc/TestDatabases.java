package io.wirestream.consumer.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * The two databases the sink supports, for integration tests: an H2 file in a temporary folder,
 * and a schema of its own in the local PostgreSQL ({@code WIRESTREAM_TEST_POSTGRES_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code WIRESTREAM_TEST_POSTGRES_USER} or
 * {@code postgres}). PostgreSQL must be up: CI starts it, and a test that silently skipped it
 * would prove nothing.
 */
public enum TestDatabases {
    H2, POSTGRESQL;

    static final String PG_URL = Optional.ofNullable(System.getenv("WIRESTREAM_TEST_POSTGRES_URL"))
            .orElse("jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = Optional.ofNullable(System.getenv("WIRESTREAM_TEST_POSTGRES_USER")).orElse("postgres");

    /** A fresh, empty database; {@link Fresh#close()} drops the PostgreSQL schema. */
    public Fresh fresh(Path tmp) {
        if (this == H2) {
            return new Fresh(new Database.Config(Database.h2FileUrl(tmp.resolve("sink-" + UUID.randomUUID())),
                    Optional.empty(), Optional.empty(), 3), () -> {
            });
        }
        String schema = "sink_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        return new Fresh(new Database.Config(PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                Optional.of(PG_USER), Optional.empty(), 3), () -> execute("DROP SCHEMA " + schema + " CASCADE"));
    }

    /** A database for one test. */
    public record Fresh(Database.Config config, Runnable drop) implements AutoCloseable {
        @Override
        public void close() {
            drop.run();
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, null); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PG_URL + " (user " + PG_USER + ") is needed for this test and "
                    + "did not answer: " + e.getMessage() + ". Start it (pg_ctlcluster ... main start) or point "
                    + "WIRESTREAM_TEST_POSTGRES_URL at one.", e);
        }
    }
}
