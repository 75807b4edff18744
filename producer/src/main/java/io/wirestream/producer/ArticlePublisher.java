package io.wirestream.producer;

import io.wirestream.ops.Metrics;
import io.wirestream.producer.internal.ProducerProperties;
import io.wirestream.producer.internal.RecentIds;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.topics.Topic;
import io.wirestream.schemas.topics.TopicCatalogue;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The Java way in: validates and normalizes an article ({@link ArticleNormalizer}), and publishes it
 * to {@code news.articles.raw} as Avro in Confluent's wire format, keyed by its id, with an
 * idempotent producer and {@code acks=all}. The returned future completes when the brokers have
 * the record (with its partition and offset), or fails with {@link InvalidArticleException} or
 * {@link PublishException}.
 *
 * <p>Re-sending an article is harmless: an id this publisher published recently (or is publishing
 * right now) is not sent again, and the answer says {@link Publication.Status#DUPLICATE} with the
 * first copy's place. An id is remembered only once the brokers acknowledged it, so an article
 * whose send failed is new again on the retry. Thread-safe; one per process is plenty.
 *
 * <pre>
 * try (ArticlePublisher publisher = ArticlePublisher.start(PublisherSettings.of("localhost:9092", "http://localhost:8081"))) {
 *     Publication p = publisher.publish(ArticleDraft.builder().url("https://example.com/a").title("...").text("...").build()).join();
 * }
 * </pre>
 */
public final class ArticlePublisher implements AutoCloseable {

    private final Producer<String, RawArticle> producer;
    private final String topic;
    private final ArticleNormalizer normalizer;
    private final RecentIds recent;
    private final ConcurrentHashMap<String, CompletableFuture<Publication>> inFlight = new ConcurrentHashMap<>();

    private ArticlePublisher(Producer<String, RawArticle> producer, String topic, ArticleNormalizer normalizer, RecentIds recent) {
        this.producer = producer;
        this.topic = topic;
        this.normalizer = normalizer;
        this.recent = recent;
    }

    /** A publisher with its own Kafka producer, configured from the settings. */
    public static ArticlePublisher start(PublisherSettings settings) {
        Topic<String, RawArticle> raw = TopicCatalogue.from(settings.clientConfig()).raw();
        KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(ProducerProperties.of(settings.clientConfig(),
                settings.deliveryTimeout(), settings.maxBlock(), "wirestream-publisher"), Serdes.String().serializer(),
                raw.valueSerde().serializer());
        return using(producer, raw.name(), settings);
    }

    /** A publisher over a producer made elsewhere (a {@code MockProducer} in tests); closing it closes the producer. */
    public static ArticlePublisher using(Producer<String, RawArticle> producer, String topic, PublisherSettings settings) {
        return new ArticlePublisher(producer, topic, new ArticleNormalizer(settings.limits(), settings.clock()),
                new RecentIds(settings.recentIds(), settings.recentWindow(), settings.clock()));
    }

    public String topic() {
        return topic;
    }

    public ArticleNormalizer normalizer() {
        return normalizer;
    }

    /** Checks and normalizes without publishing. */
    public Validation validate(ArticleDraft draft) {
        return normalizer.normalize(draft);
    }

    /** Validates, normalizes and publishes a scraper's article. */
    public CompletableFuture<Publication> publish(ArticleDraft draft) {
        Validation v = normalizer.normalize(draft);
        if (v instanceof Validation.Invalid invalid) {
            return CompletableFuture.failedFuture(new InvalidArticleException(invalid.errors()));
        }
        return send(((Validation.Valid) v).article());
    }

    /** Publishes an article built elsewhere, after the same validation and normalization (its id is recomputed). */
    public CompletableFuture<Publication> publish(RawArticle article) {
        ArticleDraft.Builder b = ArticleDraft.builder().url(article.getUrl()).source(article.getSource())
                .title(article.getTitle()).text(article.getBody()).language(article.getLanguage())
                .published(article.getPublishedAt()).fetched(article.getFetchedAt());
        if (article.getAuthors() != null) {
            b.authors(article.getAuthors().stream().map(String::valueOf).toList());
        }
        if (article.getMetadata() != null) {
            article.getMetadata().forEach((k, val) -> b.metadata(String.valueOf(k), String.valueOf(val)));
        }
        return publish(b.build());
    }

    private CompletableFuture<Publication> send(RawArticle article) {
        String id = article.getId();
        if (!recent.enabled()) {
            return produce(article, new CompletableFuture<>());
        }
        var seen = recent.get(id);
        if (seen.isPresent()) {
            return CompletableFuture.completedFuture(seen.get().asDuplicate());
        }
        CompletableFuture<Publication> pending = new CompletableFuture<>();
        CompletableFuture<Publication> running = inFlight.putIfAbsent(id, pending);
        if (running != null) {
            return running.thenApply(Publication::asDuplicate);
        }
        seen = recent.get(id); // it may have been acknowledged between the two looks
        if (seen.isPresent()) {
            inFlight.remove(id, pending);
            return CompletableFuture.completedFuture(seen.get().asDuplicate());
        }
        return produce(article, pending);
    }

    private CompletableFuture<Publication> produce(RawArticle article, CompletableFuture<Publication> pending) {
        String id = article.getId();
        try {
            producer.send(new ProducerRecord<>(topic, id, article), (metadata, error) -> {
                if (error == null) {
                    Publication p = new Publication(id, Publication.Status.NEW, metadata.topic(), metadata.partition(),
                            metadata.offset());
                    recent.remember(p);
                    inFlight.remove(id, pending);
                    pending.complete(p);
                } else {
                    inFlight.remove(id, pending);
                    pending.completeExceptionally(new PublishException(id, error));
                }
            });
        } catch (RuntimeException e) {
            inFlight.remove(id, pending);
            pending.completeExceptionally(new PublishException(id, e));
        }
        return pending;
    }

    /**
     * The topic's partition count, from the cluster (blocks up to the settings' max block time):
     * a start-up check that Kafka is reachable and the topic exists.
     */
    public int partitions() {
        return producer.partitionsFor(topic).size();
    }

    /** Sends everything buffered now and waits for the answers. */
    public void flush() {
        producer.flush();
    }

    /** Exposes the producer's Kafka client metrics at {@code /metrics}. */
    public ArticlePublisher bindTo(Metrics metrics) {
        metrics.bind(producer);
        return this;
    }

    /** How many ids are remembered for duplicate detection now. */
    public int recentIds() {
        return recent.size();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    /** Sends what is buffered (waiting at most {@code timeout}) and closes the producer. */
    public void close(Duration timeout) {
        producer.close(timeout);
    }
}
