package io.wirestream.chaos;

import io.wirestream.embedded.SyntheticArticles;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.PublishException;
import io.wirestream.producer.Publication;
import io.wirestream.producer.PublisherSettings;
import io.wirestream.schemas.RawArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scraper side of a scenario: publishes N generated articles with unique ids through
 * Wirestream's own {@link ArticlePublisher} (idempotent, {@code acks=all}) at a steady rate, so a
 * fault strikes under load, and behaves as the README asks a client to: an article whose
 * publication failed as retriable (Kafka or the registry unreachable) is published again after a
 * backoff until the brokers acknowledge it. Every id ends up acknowledged, or the scenario fails.
 *
 * <p>A retry after a failure the producer cannot judge (a delivery timeout: the record may be on the
 * topic) can put a second copy on the raw topic; the pipeline must then send that copy out by the
 * duplicates door. The reconciliation counts copies on the raw topic, so such a resend is
 * accounted for, not mistaken for a duplication.
 */
public final class ArticleLoad implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleLoad.class);

    private final String name;
    private final Map<String, Object> clientConfig;
    private final List<RawArticle> articles;
    private final int rate;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final DelayQueue<Retry> retries = new DelayQueue<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicReference<ArticlePublisher> publisher = new AtomicReference<>();
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param clientConfig {@code bootstrap.servers}, {@code schema.registry.url}, {@code topic.raw}
     * @param seed         which generated articles (ids are unique per seed and index)
     */
    public ArticleLoad(String name, Map<String, Object> clientConfig, long seed, int count, int rate, int bodyChars) {
        this.name = name;
        this.clientConfig = Map.copyOf(clientConfig);
        this.rate = rate;
        Instant fetched = Instant.now();
        List<RawArticle> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(SyntheticArticles.article(seed, i, bodyChars, fetched));
        }
        this.articles = List.copyOf(list);
        this.thread = new Thread(this::run, "load-" + name);
        thread.setDaemon(true);
    }

    /** The ids of the N articles, known before the first is published. */
    public List<String> ids() {
        return articles.stream().map(RawArticle::getId).toList();
    }

    public ArticleLoad start() {
        publisher.set(newPublisher());
        thread.start();
        return this;
    }

    /** Articles acknowledged by the brokers so far. */
    public int acknowledged() {
        return acknowledged.size();
    }

    /** Publications that failed and were (or will be) retried. */
    public int failures() {
        return failures.get();
    }

    /** Whether every article is acknowledged. Throws what stopped the load, if anything did. */
    public boolean done() {
        Throwable t = fatal.get();
        if (t != null) {
            throw new IllegalStateException("load " + name + " failed: " + t.getMessage(), t);
        }
        return acknowledged.size() == articles.size();
    }

    private ArticlePublisher newPublisher() {
        // long enough for the producer to ride out a broker outage by itself; publish() blocks at most 10 s
        PublisherSettings s = PublisherSettings.of(clientConfig).withTimeouts(Duration.ofMinutes(3), Duration.ofSeconds(10))
                .withClientProperty("client.id", "chaos-load-" + name);
        return ArticlePublisher.start(s);
    }

    private void run() {
        long t0 = System.nanoTime();
        int next = 0;
        try {
            while (running && (next < articles.size() || !done())) {
                Retry due = retries.poll();
                if (due != null) {
                    publish(due.index, due.attempt);
                    continue;
                }
                if (next < articles.size()) {
                    long dueAt = t0 + next * 1_000_000_000L / rate;
                    long wait = dueAt - System.nanoTime();
                    if (wait > 0) {
                        Retry r = retries.poll(wait, TimeUnit.NANOSECONDS);
                        if (r != null) {
                            publish(r.index, r.attempt);
                        }
                        continue;
                    }
                    publish(next++, 1);
                } else {
                    Retry r = retries.poll(100, TimeUnit.MILLISECONDS);
                    if (r != null) {
                        publish(r.index, r.attempt);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            fatal.set(t);
            LOG.error("load {} stopped", name, t);
        }
    }

    private void publish(int index, int attempt) {
        RawArticle a = articles.get(index);
        CompletableFuture<Publication> f;
        inFlight.incrementAndGet();
        try {
            f = publisher.get().publish(a);
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(new PublishException(a.getId(), e));
        }
        f.whenComplete((p, error) -> {
            inFlight.decrementAndGet();
            if (error == null) {
                if (!p.id().equals(a.getId())) {
                    fatal.set(new IllegalStateException("published id " + p.id() + " differs from the article's " + a.getId()));
                }
                acknowledged.add(p.id());
                return;
            }
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            failures.incrementAndGet();
            boolean retriable = !(cause instanceof PublishException pe) || pe.retriable()
                    || cause.getMessage() != null && cause.getMessage().contains("after producer has been closed");
            if (!retriable) {
                fatal.set(cause);
                return;
            }
            if (failures.get() % 200 == 1) {
                LOG.info("load {}: publication failed (attempt {}), will retry: {}", name, attempt, cause.getMessage());
            }
            long backoff = Math.min(2_000, 100L << Math.min(attempt, 5));
            retries.add(new Retry(index, attempt + 1, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(backoff)));
        });
    }

    private record Retry(int index, int attempt, long dueNanos) implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), o.getDelay(TimeUnit.NANOSECONDS));
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ArticlePublisher p = publisher.getAndSet(null);
        if (p != null) {
            p.close(Duration.ofSeconds(30));
        }
    }
}
