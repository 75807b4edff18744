package io.wirestream.chaos;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A PostgreSQL schema of the scenario's own in the shared server ({@code 127.0.0.1:5432}, database
 * {@code test}, user {@code postgres}; {@code WIRESTREAM_TEST_POSTGRES_HOST/PORT/DB/USER} to point
 * elsewhere): the sink writes its tables there (its JDBC URL sets {@code currentSchema}) and the
 * reconciliation counts rows there, directly, also while the sink's own path to the server is cut.
 */
public final class ScenarioDatabase implements AutoCloseable {

    public static final String HOST = env("WIRESTREAM_TEST_POSTGRES_HOST", "127.0.0.1");
    public static final int PORT = Integer.parseInt(env("WIRESTREAM_TEST_POSTGRES_PORT", "5432"));
    public static final String DATABASE = env("WIRESTREAM_TEST_POSTGRES_DB", "test");
    public static final String USER = env("WIRESTREAM_TEST_POSTGRES_USER", "postgres");

    private final String schema;

    private ScenarioDatabase(String schema) {
        this.schema = schema;
    }

    /** A new empty schema (dropped first if a previous run left one of that name). */
    public static ScenarioDatabase create(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        execute("CREATE SCHEMA " + schema);
        return new ScenarioDatabase(schema);
    }

    public String schema() {
        return schema;
    }

    /** The sink's JDBC URL, through {@code port} (the server's, or a proxy's in front of it). */
    public String jdbcUrl(int port) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + DATABASE + "?currentSchema=" + schema;
    }

    /** Rows per article id in the sink's {@code articles} table (empty before the sink made it). */
    public Map<String, Integer> articleRows() {
        Map<String, Integer> rows = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            if (!tableExists(c)) {
                return rows;
            }
            try (ResultSet rs = s.executeQuery("SELECT id, COUNT(*) FROM " + schema + ".articles GROUP BY id")) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getInt(2));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows in " + schema + ".articles: " + e.getMessage(), e);
        }
    }

    /** Rows in the {@code articles} table. */
    public int articleCount() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            if (!tableExists(c)) {
                return 0;
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + schema + ".articles")) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows in " + schema + ".articles: " + e.getMessage(), e);
        }
    }

    private boolean tableExists(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, schema, "articles", null)) {
            return rs.next();
        }
    }

    @Override
    public void close() {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE, USER, null);
    }

    private static void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + "/" + DATABASE + " (user " + USER
                    + ") is needed by the chaos suite and did not answer: " + e.getMessage()
                    + ". Start it (pg_ctlcluster ... main start) or point WIRESTREAM_TEST_POSTGRES_* at one.", e);
        }
    }

    private static String env(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).orElse(fallback);
    }
}
