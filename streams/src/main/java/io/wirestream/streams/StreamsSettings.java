package io.wirestream.streams;

import java.time.Duration;
import java.util.List;

/**
 * Everything that shapes the topology's behaviour, typed and validated once.
 *
 * @param dedupeRetention          how long an article id is remembered for exact-duplicate detection
 * @param nearDuplicateMaxDistance SimHash Hamming distance (of 64 bits) up to which two texts are the same story
 * @param enrichTimeout            longest the engine may take on one article before it goes to the DLQ
 * @param maxBodyChars             longer bodies go to the DLQ at validation
 * @param trendGrace               how late a record may arrive and still count in its trend window
 * @param routeTopics              IPTC label slugs (e.g. {@code politics}) that also get their own enriched topic
 * @param routeMinScore            topic score an article needs to be routed to that topic's topic
 */
public record StreamsSettings(
        Duration dedupeRetention,
        int nearDuplicateMaxDistance,
        Duration enrichTimeout,
        int maxBodyChars,
        Duration trendGrace,
        List<String> routeTopics,
        double routeMinScore) {

    public static final StreamsSettings DEFAULTS = new StreamsSettings(Duration.ofDays(7), 6, Duration.ofSeconds(10),
            2_000_000, Duration.ofSeconds(30), List.of(), 0.5);

    public StreamsSettings {
        routeTopics = List.copyOf(routeTopics);
        if (dedupeRetention.isNegative() || dedupeRetention.isZero()) {
            throw new IllegalArgumentException("dedupe retention must be positive, got " + dedupeRetention);
        }
        if (nearDuplicateMaxDistance < 0 || nearDuplicateMaxDistance > 12) {
            throw new IllegalArgumentException("near-duplicate distance must be within 0..12 bits, got "
                    + nearDuplicateMaxDistance);
        }
        if (enrichTimeout.isNegative() || enrichTimeout.isZero()) {
            throw new IllegalArgumentException("enrich timeout must be positive, got " + enrichTimeout);
        }
        if (maxBodyChars <= 0) {
            throw new IllegalArgumentException("max body size must be positive, got " + maxBodyChars);
        }
        if (routeMinScore < 0 || routeMinScore > 1) {
            throw new IllegalArgumentException("route min score must be within [0,1], got " + routeMinScore);
        }
    }

    public StreamsSettings withRouteTopics(List<String> slugs) {
        return new StreamsSettings(dedupeRetention, nearDuplicateMaxDistance, enrichTimeout, maxBodyChars, trendGrace, slugs,
                routeMinScore);
    }

    public StreamsSettings withEnrichTimeout(Duration timeout) {
        return new StreamsSettings(dedupeRetention, nearDuplicateMaxDistance, timeout, maxBodyChars, trendGrace, routeTopics,
                routeMinScore);
    }
}
