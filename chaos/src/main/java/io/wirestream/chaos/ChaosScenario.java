package io.wirestream.chaos;

import static org.awaitility.Awaitility.await;

import io.wirestream.schemas.topics.TopicNames;
import io.wirestream.schemas.topics.TopicSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One chaos scenario's pipeline: topics of its own (a unique prefix), a PostgreSQL schema of its
 * own, {@code wirestream streams} and {@code wirestream sink} processes, and the load. A scenario
 * starts the processes and the load, injects its fault, and calls {@link #finish}, which waits
 * until every article is through, stops the processes gracefully, reads every door to its end
 * (read_committed) and the database, reconciles, and writes the report line.
 */
public final class ChaosScenario implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChaosScenario.class);
    /** A killed member leaves its group after this, not after the 45 s default: restarts take seconds. */
    static final int SESSION_TIMEOUT_MS = 6_000;

    private final String name;
    private final ChaosSettings settings;
    private final String bootstrapServers;
    private final String registryUrl;
    private final ChaosReport report;
    private final String prefix;
    private final TopicNames topics;
    private final String sinkDeadLetterTopic;
    private final Path dir;
    private final ScenarioDatabase database;
    private final ArticleLoad load;
    private final List<ArticleLoad> loads = new ArrayList<>();
    private final TopicKeys progress;
    private final Map<String, WirestreamProcess> processes = new LinkedHashMap<>();
    private final long startNanos = System.nanoTime();
    private boolean clean;

    private ChaosScenario(String name, long seed, ChaosSettings settings, String bootstrapServers, String registryUrl,
            ChaosReport report) {
        this.name = name;
        this.settings = settings;
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
        this.report = report;
        String run = UUID.randomUUID().toString().substring(0, 6);
        this.prefix = "chaos-" + name + "-" + run;
        this.topics = new TopicNames(prefix + ".raw", prefix + ".enriched", prefix + ".dlq", prefix + ".duplicates",
                prefix + ".fingerprints", prefix + ".trends.entities", prefix + ".trends.topics");
        this.sinkDeadLetterTopic = prefix + ".sink.dlq";
        this.dir = settings.workDir().resolve(name);
        deleteRecursively(dir);
        createTopics();
        this.database = ScenarioDatabase.create("chaos_" + name.replace('-', '_') + "_" + run);
        this.load = new ArticleLoad(name, clientConfig(), seed, settings.articles(), settings.loadRate(), settings.bodyChars());
        loads.add(load);
        this.progress = new TopicKeys(bootstrapServers, List.of(topics.enriched(), topics.duplicates(), topics.deadLetters()));
        LOG.info("scenario {}: topics {}.*, database schema {}, {} articles at {}/s", name, prefix, database.schema(),
                settings.articles(), settings.loadRate());
    }

    /**
     * @param name a short slug ({@code streams-sigkill}); also the directory of the scenario's logs and state
     * @param seed which generated articles (a seed per scenario keeps ids apart between scenarios)
     */
    public static ChaosScenario create(String name, long seed, ChaosSettings settings, String bootstrapServers,
            String registryUrl, ChaosReport report) {
        return new ChaosScenario(name, seed, settings, bootstrapServers, registryUrl, report);
    }

    public String name() {
        return name;
    }

    public ChaosSettings settings() {
        return settings;
    }

    public TopicNames topics() {
        return topics;
    }

    public ScenarioDatabase database() {
        return database;
    }

    public ArticleLoad load() {
        return load;
    }

    /**
     * Starts a further load of {@code count} articles (another seed, so other ids) with a publisher
     * of its own, as a scraper started now would; its articles are reconciled with the rest.
     */
    public ArticleLoad startLoad(String label, long seed, int count) {
        ArticleLoad extra = new ArticleLoad(name + "-" + label, clientConfig(), seed, count, settings.loadRate(),
                settings.bodyChars());
        loads.add(extra);
        return extra.start();
    }

    /** Articles of all loads. */
    public int articles() {
        return loads.stream().mapToInt(l -> l.ids().size()).sum();
    }

    /** The Kafka Streams application id (= consumer group) of the scenario's streams instances. */
    public String applicationId() {
        return prefix + "-enricher";
    }

    /** The sink's consumer group. */
    public String sinkGroup() {
        return prefix + "-sink";
    }

    /** Client properties with the scenario's topic names, for publishers and readers in the test. */
    public Map<String, Object> clientConfig() {
        Map<String, Object> c = new HashMap<>();
        c.put("bootstrap.servers", bootstrapServers);
        c.put("schema.registry.url", registryUrl);
        topicSettings().forEach(c::put);
        return c;
    }

    private Map<String, String> topicSettings() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("topic.raw", topics.raw());
        t.put("topic.enriched", topics.enriched());
        t.put("topic.dlq", topics.deadLetters());
        t.put("topic.duplicates", topics.duplicates());
        t.put("topic.fingerprints", topics.fingerprints());
        t.put("topic.trends.entities", topics.entityTrends());
        t.put("topic.trends.topics", topics.topicTrends());
        return t;
    }

    /** A {@code wirestream streams} instance ({@code --threads 1}, a state directory of its own); not started. */
    public WirestreamProcess streams(String instance) {
        return processes.computeIfAbsent("streams-" + instance, n -> {
            List<String> args = new ArrayList<>(List.of("streams", "--application-id", applicationId(), "--threads", "1",
                    "--state-dir", dir.resolve(n + "-state").toString(), "--http-port", "-1",
                    "--partitions", Integer.toString(settings.partitions()), "--replication-factor", "1"));
            args.addAll(clientArgs());
            args.addAll(settings.streamsOptions());
            return new WirestreamProcess(n, args, settings, dir);
        });
    }

    /** The {@code wirestream sink} into the scenario's schema, reaching PostgreSQL on {@code databasePort}; not started. */
    public WirestreamProcess sink(int databasePort) {
        return sink(databasePort, "");
    }

    /**
     * The sink as {@link #sink(int)}, with {@code urlOptions} ("socketTimeout=3") added to its JDBC URL; the
     * first call names the sink's settings, later ones return the same process.
     */
    public WirestreamProcess sink(int databasePort, String urlOptions) {
        return processes.computeIfAbsent("sink", n -> {
            String url = database.jdbcUrl(databasePort) + (urlOptions.isEmpty() ? "" : "&" + urlOptions);
            List<String> args = new ArrayList<>(List.of("sink", "--jdbc-url", url,
                    "--jdbc-user", ScenarioDatabase.USER, "--group-id", sinkGroup(), "--dead-letter-topic", sinkDeadLetterTopic,
                    "--batch-size", "200", "--retry-max", "2s", "--ops-port", "-1"));
            args.addAll(clientArgs());
            return new WirestreamProcess(n, args, settings, dir);
        });
    }

    /** The sink, reaching PostgreSQL directly. */
    public WirestreamProcess sink() {
        return sink(ScenarioDatabase.PORT);
    }

    private List<String> clientArgs() {
        List<String> a = new ArrayList<>(List.of("--bootstrap-server", bootstrapServers, "--schema-registry-url", registryUrl));
        topicSettings().forEach((k, v) -> a.addAll(List.of("-X", k + "=" + v)));
        a.addAll(List.of("-X", "session.timeout.ms=" + SESSION_TIMEOUT_MS, "-X", "heartbeat.interval.ms=1500"));
        return a;
    }

    /**
     * Starts {@code streams-a} and the sink (through {@code databasePort}) and waits until both are
     * members of their groups with partitions assigned, so the load that follows meets a running pipeline.
     */
    public void startPipeline(int databasePort) {
        startPipeline(databasePort, "");
    }

    /** {@link #startPipeline(int)} with {@code urlOptions} added to the sink's JDBC URL. */
    public void startPipeline(int databasePort, String urlOptions) {
        streams("a").start();
        sink(databasePort, urlOptions).start();
        awaitGroupMembers(applicationId(), 1);
        awaitGroupMembers(sinkGroup(), 1);
    }

    /** {@link #startPipeline(int)} with the sink reaching PostgreSQL directly. */
    public void startPipeline() {
        startPipeline(ScenarioDatabase.PORT);
    }

    /** Waits until the consumer group is stable with {@code members} members, each with partitions assigned. */
    public void awaitGroupMembers(String group, int members) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            awaitCondition(members + " member(s) with partitions in group " + group, () -> {
                try {
                    ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get();
                    return d.groupState() == GroupState.STABLE && d.members().size() == members
                            && d.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                } catch (ExecutionException e) {
                    return false;
                }
            });
        }
    }

    /** Ids out of the topology so far (any door, committed transactions only). */
    public int articlesOut() {
        return progress.poll();
    }

    /** Waits until at least {@code fraction} of the articles are out of the topology. */
    public void awaitArticlesOut(double fraction) {
        int wanted = (int) Math.ceil(settings.articles() * fraction);
        awaitCondition("at least " + wanted + " articles out of the topology", () -> articlesOut() >= wanted);
    }

    /** Waits until at least {@code fraction} of the articles are rows in the database. */
    public void awaitDatabaseRows(double fraction) {
        int wanted = (int) Math.ceil(settings.articles() * fraction);
        awaitCondition("at least " + wanted + " rows in " + database.schema() + ".articles",
                () -> database.articleCount() >= wanted);
    }

    /** Waits until at least {@code fraction} of the articles are acknowledged by the brokers. */
    public void awaitPublished(double fraction) {
        int wanted = (int) Math.ceil(settings.articles() * fraction);
        awaitCondition("at least " + wanted + " articles published", () -> load.acknowledged() >= wanted);
    }

    /** Waits for a condition, at most the settle timeout; the failure says what the processes logged last. */
    public void awaitCondition(String what, BooleanSupplier condition) {
        try {
            await(what).atMost(settings.settleTimeout()).pollInterval(Duration.ofMillis(200)).until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("scenario " + name + ": gave up waiting for " + what + " after "
                    + settings.settleTimeout().toSeconds() + " s\n" + processTails(), e);
        }
    }

    /** Logs a step of the scenario with where the articles are at that moment. */
    public void note(String event) {
        LOG.info("scenario {}: {} (published {}, out of the topology {}, rows {})", name, event,
                loads.stream().mapToInt(ArticleLoad::acknowledged).sum(),
                articlesOut(), database.articleCount());
    }

    /** Keeps a fault in place for its duration (the one place a chaos scenario sleeps: the fault is the point). */
    public Duration hold(Duration fault) {
        long t0 = System.nanoTime();
        try {
            Thread.sleep(fault.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while holding the fault", e);
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /**
     * The sink's guarantee, checked now: every enriched record below the sink group's committed
     * offsets is a row in the database. Returns the ids that are not (empty when it holds). The
     * offsets are read before the rows, and rows are never deleted, so a row written meanwhile
     * cannot hide a violation.
     */
    public Set<String> committedButNotWritten() {
        Map<TopicPartition, Long> committed = new HashMap<>();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(sinkGroup())
                    .partitionsToOffsetAndMetadata().get();
            offsets.forEach((tp, om) -> {
                if (om != null && tp.topic().equals(topics.enriched())) {
                    committed.put(tp, om.offset());
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the committed offsets of " + sinkGroup() + ": " + e.getCause(), e);
        }
        Set<String> below = TopicKeys.keysBelow(bootstrapServers, committed, Duration.ofSeconds(60));
        Set<String> rows = database.articleRows().keySet();
        below.removeAll(rows);
        if (!below.isEmpty()) {
            LOG.error("scenario {}: offsets committed past {} unwritten row(s), e.g. {} (committed {})", name, below.size(),
                    below.stream().limit(5).toList(), committed);
        }
        return below;
    }

    /**
     * Waits until every article is published and through the topology and the sink (at most the
     * settle timeout; what is missing then shows as lost), stops the processes gracefully, reads
     * every door to its end and the database, reconciles, and reports.
     *
     * @param fault         what was done, for the report (e.g. {@code streams SIGKILL, restarted})
     * @param faultDuration how long the fault lasted
     */
    public Reconciliation finish(String fault, Duration faultDuration) {
        int n = articles();
        try {
            awaitCondition("all " + n + " articles acknowledged by the brokers", () -> loads.stream().allMatch(ArticleLoad::done));
            // every article out by some door, and every enriched one a row
            await("every article out of the topology and in the database").atMost(settings.settleTimeout())
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> articlesOut() >= n && database.articleCount() >= progress.distinct(topics.enriched()));
        } catch (ConditionTimeoutException e) {
            LOG.error("scenario {}: not everything arrived within {} s ({} out of the topology, {} rows); reconciling "
                    + "what did\n{}", name, settings.settleTimeout().toSeconds(), articlesOut(), database.articleCount(),
                    processTails());
        }
        loads.forEach(ArticleLoad::close);
        for (WirestreamProcess p : processes.values()) {
            if (p.name().startsWith("streams")) {
                p.stop();
            }
        }
        processes.values().forEach(WirestreamProcess::stop);
        Map<String, List<String>> read;
        try (TopicKeys all = new TopicKeys(bootstrapServers, List.of(topics.raw(), topics.enriched(), topics.duplicates(),
                topics.deadLetters(), sinkDeadLetterTopic))) {
            read = all.readToEnd(Duration.ofSeconds(90));
        }
        List<String> ids = loads.stream().flatMap(l -> l.ids().stream()).toList();
        Reconciliation r = Reconciliation.of(ids, new Reconciliation.Observed(read.get(topics.raw()),
                read.get(topics.enriched()), read.get(topics.duplicates()), read.get(topics.deadLetters()),
                read.get(sinkDeadLetterTopic), database.articleRows()));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        report.add(new ChaosReport.Line(name, n, fault, faultDuration, r, elapsed));
        if (!r.examples().isEmpty()) {
            LOG.error("scenario {}: {}", name, String.join("\n  ", r.examples()));
        }
        clean = r.lost() == 0 && r.duplicated() == 0;
        return r;
    }

    /** The last lines of every process's log. */
    public String processTails() {
        StringBuilder sb = new StringBuilder();
        for (WirestreamProcess p : processes.values()) {
            sb.append("---- ").append(p.name()).append(" (").append(p.log()).append(")\n").append(p.tail(30)).append('\n');
        }
        return sb.toString();
    }

    private void createTopics() {
        Map<String, Object> admin = TopicSetup.adminConfig(Map.of("bootstrap.servers", bootstrapServers));
        TopicSetup.ensure(admin, topics, settings.partitions(), (short) 1, List.of(), Duration.ofDays(7).toMillis());
        TopicSetup.create(admin, List.of(new NewTopic(sinkDeadLetterTopic, 1, (short) 1)));
    }

    /** Kills what still runs; drops the database schema when the scenario reconciled clean (kept otherwise, to look at). */
    @Override
    public void close() {
        processes.values().forEach(WirestreamProcess::close);
        loads.forEach(ArticleLoad::close);
        progress.close();
        if (clean) {
            database.close();
        } else {
            LOG.warn("scenario {}: database schema {} and logs in {} kept for inspection", name, database.schema(), dir);
        }
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s)", name, prefix);
    }
}
