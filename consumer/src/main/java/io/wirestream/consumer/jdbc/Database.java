package io.wirestream.consumer.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's database: a small connection pool and the schema migrations. PostgreSQL in
 * production, an H2 file database (in PostgreSQL mode, so the same SQL serves both) for the
 * one-command demo. The migrations are versioned Flyway scripts under
 * {@code io/wirestream/consumer/jdbc/migration}; the only difference between the two databases
 * is the long-text type, passed as the {@code long_text} placeholder.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String MIGRATIONS = "classpath:io/wirestream/consumer/jdbc/migration";

    /**
     * The demo's embedded database: an H2 file under {@code ./wirestream-data/}, in PostgreSQL mode, which
     * another process may open at the same time ({@code AUTO_SERVER}). Equal to
     * {@code h2FileUrl(Path.of("wirestream-data", "wirestream"))}, spelled out to be usable as a default in annotations.
     */
    public static final String DEFAULT_URL =
            "jdbc:h2:file:./wirestream-data/wirestream;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";

    /** Which SQL dialect a URL speaks. */
    public enum Kind { POSTGRESQL, H2 }

    /**
     * @param url      JDBC URL ({@code jdbc:postgresql://...} or {@code jdbc:h2:...})
     * @param user     empty for the driver's default ({@code sa} on H2)
     * @param poolSize connections kept (the sink uses one at a time; the dashboard's searches another)
     */
    public record Config(String url, Optional<String> user, Optional<String> password, int poolSize) {

        public static Config of(String url) {
            return new Config(url, Optional.empty(), Optional.empty(), 3);
        }

        /** The URL without credentials that may sit in it, for logs. */
        public String redactedUrl() {
            return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
        }
    }

    private final Config config;
    private final Kind kind;
    private final HikariDataSource dataSource;

    public Database(Config config) {
        this.config = config;
        this.kind = kindOf(config.url());
        HikariConfig h = new HikariConfig();
        h.setJdbcUrl(config.url());
        h.setUsername(config.user().filter(u -> !u.isBlank()).orElse(kind == Kind.H2 ? "sa" : null));
        config.password().ifPresent(h::setPassword);
        h.setMaximumPoolSize(config.poolSize());
        h.setMinimumIdle(0);
        h.setPoolName("wirestream-sink");
        // do not fail construction while the database is down: the sink retries with backoff
        h.setInitializationFailTimeout(-1);
        h.setConnectionTimeout(5_000);
        h.setValidationTimeout(2_000);
        h.setAutoCommit(false);
        if (kind == Kind.POSTGRESQL) {
            h.addDataSourceProperty("reWriteBatchedInserts", "true");
            h.addDataSourceProperty("connectTimeout", "5");
            // a database that stalls (instead of refusing) must fail the batch so the sink pauses and retries;
            // a URL's own socketTimeout wins
            if (!config.url().contains("socketTimeout")) {
                h.addDataSourceProperty("socketTimeout", "120");
            }
        }
        this.dataSource = new HikariDataSource(h);
    }

    /** An H2 file database in PostgreSQL mode, which another process may open at the same time. */
    public static String h2FileUrl(Path file) {
        String path = file.isAbsolute() ? file.toString() : "./" + file.toString().replace('\\', '/');
        return "jdbc:h2:file:" + path + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    }

    public static Kind kindOf(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        if (u.startsWith("jdbc:h2:")) {
            return Kind.H2;
        }
        throw new IllegalArgumentException("unsupported JDBC URL '" + url
                + "': use jdbc:postgresql://HOST:PORT/DATABASE or jdbc:h2:file:PATH");
    }

    public Kind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Config config() {
        return config;
    }

    /** Creates or upgrades the schema to the newest migration; safe to run from several sinks at once. */
    public MigrateResult migrate() {
        MigrateResult r = Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .placeholders(Map.of("long_text", kind == Kind.H2 ? "CHARACTER LARGE OBJECT" : "TEXT"))
                .load()
                .migrate();
        if (r.migrationsExecuted > 0) {
            LOG.info("database {}: {} migration(s) applied, schema now at version {}", config.redactedUrl(),
                    r.migrationsExecuted, r.targetSchemaVersion);
        }
        return r;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
