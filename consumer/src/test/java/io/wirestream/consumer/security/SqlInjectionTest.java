package io.wirestream.consumer.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.consumer.ArticleQuery;
import io.wirestream.consumer.Articles;
import io.wirestream.consumer.RecordPosition;
import io.wirestream.consumer.SinkRecord;
import io.wirestream.consumer.jdbc.ArticleRepository;
import io.wirestream.consumer.jdbc.Database;
import io.wirestream.consumer.jdbc.JdbcRecordStore;
import io.wirestream.schemas.Amount;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.EntityType;
import io.wirestream.schemas.Mention;
import io.wirestream.schemas.Quote;
import io.wirestream.schemas.TemporalExpression;
import io.wirestream.schemas.TimexType;
import io.wirestream.schemas.TopicTag;
import io.wirestream.schemas.TrendKind;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SQL only through bound parameters (issue 8, item 3): articles and trend windows whose every text
 * field carries SQL metacharacters go through the sink's store and come back out through the
 * repository and its searches verbatim, with every table intact; and a JDBC driver that records
 * every SQL text the code hands it proves that none of that data ever became part of a statement —
 * it only travelled as parameter values.
 */
class SqlInjectionTest {

    /** In every hostile value, so any SQL text that holds user data is found. */
    static final String MARKER = "Zq7Mk";
    static final List<String> PAYLOADS = List.of(
            MARKER + "'); DROP TABLE articles; --",
            MARKER + "' OR '1'='1",
            MARKER + "\"; DELETE FROM entities; --",
            MARKER + "%_!\\ LIKE wildcards",
            MARKER + "$$; DROP TABLE topics; $$",
            MARKER + "/* comment */ UNION SELECT * FROM information_schema.tables",
            MARKER + "'||(SELECT COUNT(*) FROM articles)||'",
            MARKER + "; SHUTDOWN");

    SpyDriver spy;
    Database database;
    JdbcRecordStore store;
    ArticleRepository repository;
    long offset;

    @BeforeEach
    void open() throws SQLException {
        spy = SpyDriver.install();
        database = new Database(Database.Config.of("jdbc:h2:mem:sql-injection-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
        store = new JdbcRecordStore(database, Clock.systemUTC());
        store.prepare(); // the migrations are the project's own SQL files: not what this test is about
        spy.reset();
        repository = new ArticleRepository(database);
    }

    @AfterEach
    void close() throws SQLException {
        database.close();
        spy.uninstall();
    }

    @Test
    void shouldStoreSqlMetacharactersVerbatimAndDamageNoTable() throws Exception {
        List<EnrichedArticle> articles = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            articles.add(hostile(PAYLOADS.get(i), i));
        }
        List<SinkRecord> records = new ArrayList<>();
        articles.forEach(a -> records.add(new SinkRecord.ArticleRecord(a, new RecordPosition("news.articles.enriched", 0, offset++))));
        for (String p : PAYLOADS) {
            records.add(new SinkRecord.TrendRecord(Articles.trend(TrendKind.ENTITY, p, p, Instant.parse("2025-02-14T09:00:00Z"),
                    1, 3), new RecordPosition("news.trends.entities", 0, offset++)));
        }

        assertThat(store.write(records)).as("nothing rejected").isEmpty();

        for (EnrichedArticle a : articles) {
            assertThat(repository.get(a.getId())).as("read back verbatim: " + a.getId()).contains(a);
        }
        assertThat(repository.rowCounts()).as("every table still there, with every row")
                .containsEntry("articles", (long) PAYLOADS.size())
                .containsEntry("article_authors", 2L * PAYLOADS.size())
                .containsEntry("entities", (long) PAYLOADS.size())
                .containsEntry("topics", (long) PAYLOADS.size())
                .containsEntry("trend_windows", (long) PAYLOADS.size());
        assertNoDataInSqlText();
    }

    @Test
    void shouldSearchForSqlMetacharactersLiterally() throws Exception {
        List<SinkRecord> records = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            records.add(new SinkRecord.ArticleRecord(hostile(PAYLOADS.get(i), i), new RecordPosition("t", 0, offset++)));
        }
        records.add(new SinkRecord.ArticleRecord(Articles.full("plain"), new RecordPosition("t", 0, offset++)));
        store.write(records);

        for (String p : PAYLOADS) {
            assertThat(ids(query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(p)))).as("text " + p)
                    .containsExactly(p);
            assertThat(ids(query(Optional.of(p), Optional.empty(), Optional.empty(), Optional.empty()))).as("topic " + p)
                    .containsExactly(p);
            assertThat(ids(query(Optional.empty(), Optional.of(p), Optional.empty(), Optional.empty()))).as("entity " + p)
                    .containsExactly(p);
            assertThat(ids(query(Optional.empty(), Optional.empty(), Optional.of(p), Optional.empty()))).as("source " + p)
                    .containsExactly(p);
        }
        assertThat(ids(query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("%")))).as("% is a character")
                .containsExactly(PAYLOADS.get(3));
        assertThat(ids(query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("' OR '1'='1"))))
                .containsExactly(PAYLOADS.get(1));
        assertThat(repository.rowCounts()).containsEntry("articles", PAYLOADS.size() + 1L);
        assertNoDataInSqlText();
    }

    void assertNoDataInSqlText() {
        assertThat(spy.boundValues()).as("the data went in as parameter values").anyMatch(v -> v.contains(MARKER));
        assertThat(spy.sqlTexts()).as("SQL the sink and the repository sent (any case)").isNotEmpty()
                .noneMatch(sql -> sql.toLowerCase(java.util.Locale.ROOT).contains(MARKER.toLowerCase(java.util.Locale.ROOT)));
        assertThat(spy.plainStatementsFromWirestream()).as("statements without parameters, created by Wirestream code").isEmpty();
    }

    List<EnrichedArticle> query(Optional<String> topic, Optional<String> entity, Optional<String> source, Optional<String> text)
            throws SQLException {
        return repository.find(new ArticleQuery(topic, entity, source, Optional.empty(), text, 100));
    }

    static List<String> ids(List<EnrichedArticle> articles) {
        return articles.stream().map(EnrichedArticle::getId).toList();
    }

    /**
     * An article whose id and every free text field (lists, maps and findings included) is the payload;
     * the currency (an ISO code, 16 characters at most) and the language stay well-formed.
     */
    static EnrichedArticle hostile(String p, int i) {
        return Articles.fullBuilder(p)
                .setUrl("https://news.example/" + i + "?q=" + p)
                .setSource(p)
                .setTitle(p)
                .setBody("Body " + p)
                .setLanguage("en")
                .setAuthors(List.of(p, p + " 2"))
                .setMetadata(Map.of(p, p))
                .setEntities(List.of(Entity.newBuilder().setId(p).setName(p).setType(EntityType.PERSON).setSubtype(p).setLinkId(p)
                        .setMentions(List.of(new Mention(5, 5 + p.length(), p))).setCount(1).setSalience(0.5).build()))
                .setDates(List.of(TemporalExpression.newBuilder().setText(p).setStart(0).setEnd(4).setValue(p)
                        .setType(TimexType.DATE).setResolved(false).build()))
                .setTopics(List.of(new TopicTag(p, p, 0.9)))
                .setQuotes(List.of(new Quote(p, 5, 9, p, p)))
                .setAmounts(List.of(new Amount(p, 0, 4, 1.5, p, "EUR", p))) // a currency column holds 16 characters
                .setDuplicateOf(p)
                .setEnricherVersion(p)
                .setTimings(Map.of(p, 7L))
                .setPublishedAt(Articles.PUBLISHED.plusSeconds(i))
                .build();
    }

    /**
     * A JDBC driver in front of H2's that records the SQL text of every statement, the string values
     * bound to prepared ones, and plain statements created from Wirestream's own code. Installed in
     * place of H2's driver for the test, so the sink's connection pool uses it unknowingly.
     */
    static final class SpyDriver implements Driver {
        private final Driver h2;
        private final List<String> sql = new CopyOnWriteArrayList<>();
        private final List<String> bound = new CopyOnWriteArrayList<>();
        private final List<String> plainFromWirestream = new CopyOnWriteArrayList<>();

        private SpyDriver(Driver h2) {
            this.h2 = h2;
        }

        static SpyDriver install() throws SQLException {
            Driver h2 = DriverManager.getDriver("jdbc:h2:mem:probe");
            SpyDriver spy = new SpyDriver(h2);
            DriverManager.deregisterDriver(h2);
            DriverManager.registerDriver(spy);
            return spy;
        }

        void uninstall() throws SQLException {
            DriverManager.deregisterDriver(this);
            DriverManager.registerDriver(h2);
        }

        void reset() {
            sql.clear();
            bound.clear();
            plainFromWirestream.clear();
        }

        List<String> sqlTexts() {
            return List.copyOf(sql);
        }

        List<String> boundValues() {
            return List.copyOf(bound);
        }

        List<String> plainStatementsFromWirestream() {
            return List.copyOf(plainFromWirestream);
        }

        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            Connection c = h2.connect(url, info);
            return c == null ? null : proxy(Connection.class, c, (p, m, args) -> {
                String name = m.getName();
                if ((name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("nativeSQL"))
                        && args != null && args[0] instanceof String s) {
                    sql.add(s);
                }
                if (name.equals("createStatement") && Arrays.stream(Thread.currentThread().getStackTrace())
                        .anyMatch(f -> f.getClassName().startsWith("io.wirestream.consumer"))) {
                    plainFromWirestream.add(Arrays.toString(Thread.currentThread().getStackTrace()));
                }
                Object result = invoke(m, c, args);
                if (result instanceof CallableStatement cs) {
                    return proxy(CallableStatement.class, cs, statementSpy(cs));
                }
                if (result instanceof PreparedStatement ps) {
                    return proxy(PreparedStatement.class, ps, statementSpy(ps));
                }
                if (result instanceof Statement st) {
                    return proxy(Statement.class, st, statementSpy(st));
                }
                return result;
            });
        }

        private InvocationHandler statementSpy(Statement target) {
            return (p, m, args) -> {
                if (args != null && args.length > 0 && args[0] instanceof String s && (m.getName().startsWith("execute")
                        || m.getName().equals("addBatch"))) {
                    sql.add(s);
                }
                if (args != null && args.length == 2 && (m.getName().equals("setString") || m.getName().equals("setObject"))
                        && args[1] != null) {
                    bound.add(String.valueOf(args[1]));
                }
                return invoke(m, target, args);
            };
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, T target, InvocationHandler h) {
            return (T) Proxy.newProxyInstance(SpyDriver.class.getClassLoader(), new Class<?>[] {type}, h);
        }

        private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return h2.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return h2.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return h2.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return h2.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return h2.jdbcCompliant();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return h2.getParentLogger();
        }
    }
}
