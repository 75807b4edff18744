package io.wirestream.schemas.topics;

import java.util.Map;

/**
 * The names of Wirestream's topics. Defaults follow the design; each can be renamed by a setting
 * ({@code topic.raw}, {@code topic.enriched}, {@code topic.dlq}, {@code topic.duplicates},
 * {@code topic.fingerprints}, {@code topic.trends.entities}, {@code topic.trends.topics}) so several
 * pipelines can share a cluster. Each key is also read with a {@code wirestream.} prefix
 * ({@code wirestream.topic.raw}), the form to use inside Kafka Streams configurations, where a bare
 * {@code topic.} prefix means "internal topic setting" to Kafka Streams.
 *
 * @param duplicates   exact duplicates (an id seen within the dedupe retention): the raw record, counted
 * @param fingerprints text fingerprints of recent articles, for near-duplicate detection across partitions
 */
public record TopicNames(String raw, String enriched, String deadLetters, String duplicates, String fingerprints,
        String entityTrends, String topicTrends) {

    public static final TopicNames DEFAULTS = new TopicNames("news.articles.raw", "news.articles.enriched",
            "news.articles.dlq", "news.articles.duplicates", "news.articles.fingerprints", "news.trends.entities",
            "news.trends.topics");

    public static TopicNames from(Map<String, ?> config) {
        return new TopicNames(
                get(config, "topic.raw", DEFAULTS.raw),
                get(config, "topic.enriched", DEFAULTS.enriched),
                get(config, "topic.dlq", DEFAULTS.deadLetters),
                get(config, "topic.duplicates", DEFAULTS.duplicates),
                get(config, "topic.fingerprints", DEFAULTS.fingerprints),
                get(config, "topic.trends.entities", DEFAULTS.entityTrends),
                get(config, "topic.trends.topics", DEFAULTS.topicTrends));
    }

    /** The per-topic routing topic, {@code news.articles.enriched.<label>} for an IPTC label slug. */
    public String enrichedFor(String topicSlug) {
        return enriched + "." + topicSlug;
    }

    /** These names as settings, under the {@code wirestream.topic.} keys. */
    public Map<String, String> asSettings() {
        return Map.of("wirestream.topic.raw", raw, "wirestream.topic.enriched", enriched, "wirestream.topic.dlq", deadLetters,
                "wirestream.topic.duplicates", duplicates, "wirestream.topic.fingerprints", fingerprints,
                "wirestream.topic.trends.entities", entityTrends, "wirestream.topic.trends.topics", topicTrends);
    }

    private static String get(Map<String, ?> config, String key, String defaultValue) {
        Object v = config.get("wirestream." + key);
        if (v == null) {
            v = config.get(key);
        }
        return v == null || v.toString().isBlank() ? defaultValue : v.toString().trim();
    }
}
