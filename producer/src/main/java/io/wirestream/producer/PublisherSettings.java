package io.wirestream.producer;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an {@link ArticlePublisher} connects and behaves.
 *
 * @param clientConfig    {@code bootstrap.servers}, {@code schema.registry.url}, any Kafka producer or
 *                        registry client property (security included), and {@code topic.raw} to rename the topic
 * @param deliveryTimeout how long a send may take in all, retries included, before it fails (Kafka's
 *                        {@code delivery.timeout.ms}); an HTTP caller waits at most this long for its answer
 * @param maxBlock        how long {@code publish} may block the caller when Kafka's metadata is missing
 *                        or the producer's buffer is full ({@code max.block.ms}); then it fails as retriable
 * @param recentIds       how many recently published ids to remember for duplicate detection (0: none)
 * @param recentWindow    how long an id counts as recent
 */
public record PublisherSettings(Map<String, Object> clientConfig, Duration deliveryTimeout, Duration maxBlock, int recentIds,
        Duration recentWindow, Limits limits, Clock clock) {

    public static final int DEFAULT_RECENT_IDS = 100_000;
    public static final Duration DEFAULT_RECENT_WINDOW = Duration.ofHours(24);

    public PublisherSettings {
        clientConfig = Map.copyOf(clientConfig);
        if (deliveryTimeout.toMillis() < 1000) {
            throw new IllegalArgumentException("the delivery timeout must be at least 1 s, not " + deliveryTimeout);
        }
    }

    /** Defaults: 30 s delivery timeout, 5 s max block, 100,000 ids remembered for 24 h, default limits. */
    public static PublisherSettings of(Map<String, Object> clientConfig) {
        return new PublisherSettings(clientConfig, Duration.ofSeconds(30), Duration.ofSeconds(5), DEFAULT_RECENT_IDS,
                DEFAULT_RECENT_WINDOW, Limits.DEFAULTS, Clock.systemUTC());
    }

    public static PublisherSettings of(String bootstrapServers, String schemaRegistryUrl) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("bootstrap.servers", bootstrapServers);
        c.put("schema.registry.url", schemaRegistryUrl);
        return of(c);
    }

    public PublisherSettings withTimeouts(Duration delivery, Duration block) {
        return new PublisherSettings(clientConfig, delivery, block, recentIds, recentWindow, limits, clock);
    }

    public PublisherSettings withRecentIds(int count, Duration window) {
        return new PublisherSettings(clientConfig, deliveryTimeout, maxBlock, count, window, limits, clock);
    }

    public PublisherSettings withLimits(Limits l) {
        return new PublisherSettings(clientConfig, deliveryTimeout, maxBlock, recentIds, recentWindow, l, clock);
    }

    public PublisherSettings withClientProperty(String key, Object value) {
        Map<String, Object> c = new LinkedHashMap<>(clientConfig);
        c.put(key, value);
        return new PublisherSettings(c, deliveryTimeout, maxBlock, recentIds, recentWindow, limits, clock);
    }
}
