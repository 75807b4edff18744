package io.wirestream.schemas.topics;

import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.TrendCount;
import io.wirestream.schemas.serde.SpecificAvroSerde;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every Wirestream topic with its key and value serdes, built once from configuration (registry URL
 * and the other serde settings, topic names) and immutable afterwards. Keys are article ids (plain
 * UTF-8 strings); trend keys are {@code kind|name|window}. Values are Avro in Confluent's wire format,
 * except fingerprints (a 64-bit SimHash as a big-endian long).
 */
public record TopicCatalogue(
        TopicNames names,
        Topic<String, RawArticle> raw,
        Topic<String, EnrichedArticle> enriched,
        Topic<String, DeadLetter> deadLetters,
        Topic<String, RawArticle> duplicates,
        Topic<String, Long> fingerprints,
        Topic<String, TrendCount> entityTrends,
        Topic<String, TrendCount> topicTrends) {

    /** @param serdeConfig serde settings ({@code schema.registry.url}, ...) and optional {@code topic.*} names */
    public static TopicCatalogue from(Map<String, ?> serdeConfig) {
        TopicNames names = TopicNames.from(serdeConfig);
        Serde<String> key = Serdes.String();
        return new TopicCatalogue(names,
                new Topic<>(names.raw(), key, valueSerde(RawArticle.class, serdeConfig)),
                new Topic<>(names.enriched(), key, valueSerde(EnrichedArticle.class, serdeConfig)),
                new Topic<>(names.deadLetters(), key, valueSerde(DeadLetter.class, serdeConfig)),
                new Topic<>(names.duplicates(), key, valueSerde(RawArticle.class, serdeConfig)),
                new Topic<>(names.fingerprints(), key, Serdes.Long()),
                new Topic<>(names.entityTrends(), key, valueSerde(TrendCount.class, serdeConfig)),
                new Topic<>(names.topicTrends(), key, valueSerde(TrendCount.class, serdeConfig)));
    }

    /** A configured value serde for a generated class. */
    public static <T extends SpecificRecord> Serde<T> valueSerde(Class<T> type, Map<String, ?> serdeConfig) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(type);
        serde.configure(serdeConfig, false);
        return serde;
    }

    /** A topic for per-IPTC-topic routing, with the enriched topic's serdes. */
    public Topic<String, EnrichedArticle> enrichedFor(String topicSlug) {
        return new Topic<>(names.enrichedFor(topicSlug), enriched.keySerde(), enriched.valueSerde());
    }
}
