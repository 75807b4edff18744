package io.wirestream.consumer.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.wirestream.consumer.ArticleFinder;
import io.wirestream.consumer.ArticleQuery;
import io.wirestream.consumer.CrashPoint;
import io.wirestream.consumer.DeadLetters;
import io.wirestream.consumer.SinkRunner;
import io.wirestream.consumer.SinkSettings;
import io.wirestream.consumer.TopicSubscription;
import io.wirestream.consumer.jdbc.ArticleRepository;
import io.wirestream.consumer.jdbc.Database;
import io.wirestream.mapping.EnrichedArticleJson;
import io.wirestream.ops.Health;
import io.wirestream.ops.Metrics;
import io.wirestream.ops.OpsEndpoints;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.topics.TopicNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live dashboard: one web page fed by Server-Sent Events from the enriched and trend topics,
 * plus a JSON API ({@code GET /api/articles}, {@code GET /api/trends}) and the ops endpoints, on
 * one HTTP server. It reads every partition itself (no shared group), starting a little before the
 * end, so each instance shows everything. Searches go to the database when one is configured (every
 * article the JDBC sink wrote), otherwise to the articles seen since start.
 *
 * <p>Article text comes from the open web: the page builds its DOM with {@code textContent} only,
 * and every response carries a Content-Security-Policy that allows no inline script, as a second
 * wall.
 */
public final class Dashboard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dashboard.class);
    /** The dashboard's default consumer group (offsets are committed for lag monitoring only). */
    public static final String DEFAULT_GROUP = "wirestream-dashboard";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /**
     * @param backfill     articles per partition read from before the end at start, so the page is not empty
     * @param ringCapacity events kept for reconnecting pages
     * @param database     where to search, when the JDBC sink writes one
     */
    public record Config(SinkSettings sink, String host, int port, int backfill, int ringCapacity,
            Optional<Database.Config> database) {

        public static Config of(SinkSettings sink, String host, int port) {
            return new Config(sink, host, port, 100, 2000, Optional.empty());
        }

        public Config withDatabase(Database.Config db) {
            return new Config(sink, host, port, backfill, ringCapacity, Optional.of(db));
        }
    }

    private final Config config;
    private final Health health = new Health();
    private final Metrics metrics;
    private final EventRing ring;
    private final RecentArticles recent = new RecentArticles(1000);
    private final DashboardFeed feed;
    private final EventStreams streams;
    private final SinkRunner runner;
    private final Optional<Database> database;
    private final ArticleFinder finder;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dashboard-trends");
        t.setDaemon(true);
        return t;
    });
    private volatile Javalin http;

    public Dashboard(Config config, Metrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.ring = EventRing.startingNow(config.ringCapacity());
        this.feed = new DashboardFeed(ring, recent, new TrendBoard(Duration.ofHours(1)), Clock.systemUTC(), 10);
        this.streams = new EventStreams(ring, 50, () -> feed.trendsJson().toString());
        this.database = config.database().map(Database::new);
        this.finder = database.<ArticleFinder>map(ArticleRepository::new).orElse(recent);
        TopicNames topics = config.sink().topicNames();
        List<String> articleTopics = List.of(topics.enriched());
        List<String> trendTopics = List.of(topics.entityTrends(), topics.topicTrends());
        SinkRunner.Config rc = config.sink().runnerConfig("dashboard", articleTopics, trendTopics, "latest");
        this.runner = new SinkRunner(rc, feed, TopicSubscription.everyPartition(articleTopics, config.backfill(), trendTopics,
                Duration.ofHours(1), Duration.ofSeconds(30)), DeadLetters.logOnly(), metrics, CrashPoint.NONE);
        runner.registerWith(health);
        health.liveness("http", () -> http != null ? Health.Status.up("serving") : Health.Status.down("not started"));
    }

    /** Starts the consumer and the HTTP server; returns when the server listens. */
    public synchronized Dashboard start() {
        runner.start();
        ticker.scheduleWithFixedDelay(() -> feed.publishTrends(Duration.ofSeconds(30)), 1, 1, TimeUnit.SECONDS);
        http = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.http.compressionStrategy = CompressionStrategy.NONE;
            c.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/io/wirestream/consumer/dashboard/static";
                s.location = Location.CLASSPATH;
            });
            c.routes.before(ctx -> ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer"));
            c.routes.sse("/events", streams::accept);
            c.routes.get("/api/articles", this::articles);
            c.routes.get("/api/trends", ctx -> json(ctx, 200, feed.trendsJson()));
            OpsEndpoints.mount(c.routes, health, metrics);
        });
        http.start(config.host(), config.port());
        LOG.info("dashboard at {}", url());
        return this;
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        return "http://" + config.host() + ":" + http.port() + "/";
    }

    public int port() {
        return http.port();
    }

    public Health health() {
        return health;
    }

    public SinkRunner runner() {
        return runner;
    }

    private void articles(Context ctx) {
        ArticleQuery q;
        try {
            q = new ArticleQuery(param(ctx, "topic"), param(ctx, "entity"), param(ctx, "source"),
                    param(ctx, "since").map(Dashboard::instant), param(ctx, "q"),
                    param(ctx, "limit").map(Integer::parseInt).orElse(50));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            json(ctx, 400, DashboardFeed.JSON.createObjectNode().put("error", e.getMessage()));
            return;
        }
        List<EnrichedArticle> found;
        try {
            found = finder.find(q);
        } catch (Exception e) {
            LOG.warn("article search failed: {}", e.toString());
            json(ctx, 503, DashboardFeed.JSON.createObjectNode().put("error", "search unavailable: " + e.getMessage()));
            return;
        }
        ObjectNode body = DashboardFeed.JSON.createObjectNode();
        body.put("from", database.isPresent() ? "database" : "recent");
        ArrayNode list = body.putArray("articles");
        found.forEach(a -> list.add(EnrichedArticleJson.toJson(a)));
        json(ctx, 200, body);
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** {@code 2025-02-14T10:00:00Z} or a day ({@code 2025-02-14}, its start in UTC). */
    static Instant instant(String s) {
        return s.length() == 10 ? LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(s);
    }

    private static void json(Context ctx, int status, ObjectNode body) {
        ctx.status(status).contentType("application/json").result(body.toString());
    }

    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        streams.close();
        if (http != null) {
            http.stop();
        }
        runner.close();
        database.ifPresent(Database::close);
    }
}
