package io.wirestream.consumer.jdbc;

import io.wirestream.consumer.RecordStore;
import io.wirestream.consumer.SinkRecord;
import io.wirestream.consumer.SinkRecord.ArticleRecord;
import io.wirestream.consumer.SinkRecord.TrendRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database as a {@link RecordStore}: one transaction per batch (articles upserted by id,
 * trend windows by window), committed before {@link #write} returns. A batch that fails on a data
 * error (a value too long for its column, a NUL character PostgreSQL refuses) is written again one
 * record per transaction, to find the record(s) at fault and reject only those; any other failure
 * (connection refused, timeout) is thrown so the runner retries the whole batch later.
 */
public final class JdbcRecordStore implements RecordStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcRecordStore.class);

    private final Database database;
    private final Clock clock;

    public JdbcRecordStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public void prepare() {
        database.migrate();
    }

    @Override
    public List<Rejected> write(List<SinkRecord> records) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            try {
                writeAll(c, records);
                c.commit();
                return List.of();
            } catch (SQLException e) {
                rollback(c);
                if (!Sql.isDataError(e)) {
                    throw e;
                }
                LOG.info("a batch of {} record(s) failed on a data error ({}); writing them one by one", records.size(),
                        e.getMessage());
            }
            List<Rejected> rejected = new ArrayList<>();
            for (SinkRecord r : records) {
                try {
                    writeAll(c, List.of(r));
                    c.commit();
                } catch (SQLException e) {
                    rollback(c);
                    if (!Sql.isDataError(e)) {
                        throw e;
                    }
                    rejected.add(new Rejected(r, e.getClass().getName(), e.getMessage() + " (SQLState " + e.getSQLState() + ")"));
                }
            }
            return rejected;
        }
    }

    private void writeAll(Connection c, List<SinkRecord> records) throws SQLException {
        List<ArticleRecord> articles = new ArrayList<>();
        List<TrendRecord> trends = new ArrayList<>();
        for (SinkRecord r : records) {
            if (r instanceof ArticleRecord a) {
                articles.add(a);
            } else if (r instanceof TrendRecord t) {
                trends.add(t);
            }
        }
        if (!articles.isEmpty()) {
            ArticleTables.upsert(c, articles, clock.instant());
        }
        if (!trends.isEmpty()) {
            TrendTables.upsert(c, database.kind(), trends, clock.instant());
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback failed", e);
        }
    }
}
