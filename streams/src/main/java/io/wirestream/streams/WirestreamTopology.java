package io.wirestream.streams;

import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.TopicTag;
import io.wirestream.schemas.TrendCount;
import io.wirestream.schemas.TrendKind;
import io.wirestream.schemas.topics.Topic;
import io.wirestream.schemas.topics.TopicCatalogue;
import io.wirestream.streams.internal.DedupeProcessor;
import io.wirestream.streams.internal.Deduped;
import io.wirestream.streams.internal.EnrichProcessor;
import io.wirestream.streams.internal.FingerprintIndex;
import io.wirestream.streams.internal.StageMetrics;
import io.wirestream.streams.internal.TrendKeys;
import io.wirestream.streams.internal.Validation;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Wirestream's Kafka Streams topology. Every raw article leaves by exactly one door: enriched,
 * duplicate, or dead letter (the error handlers' door, see {@code DeadLetterHandler}).
 *
 * <pre>
 * raw-source → validate-article → dedupe-article ─┬─ duplicate → duplicates-sink
 *                                                 └─ new → enrich-article → enriched-sink
 *                                                          │              → route-&lt;topic&gt;-sink (optional)
 *                                                          └─ trends-explode → trends-group → trends-count-1m/1h → trend sinks
 * fingerprints-source → fingerprint-index (global store, near-duplicates across partitions)
 * </pre>
 *
 * Every processor, store and internal topic has an explicit name ({@code <stage>-<verb>}), so
 * renaming one shows up in review (the describe() snapshot test) instead of silently losing state.
 */
public final class WirestreamTopology {

    /** Store names, for interactive queries. */
    public static final String TRENDS_1M_STORE = "trends-1m-store";
    public static final String TRENDS_1H_STORE = "trends-1h-store";
    static final Duration MINUTE = Duration.ofMinutes(1);
    static final Duration HOUR = Duration.ofHours(1);

    private WirestreamTopology() {
    }

    /** Builds the topology. Pure: no I/O, nothing started. */
    public static Topology buildTopology(StreamsSettings settings, TopicCatalogue topics, ArticleEnricher enricher,
            StageMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FingerprintIndex.STORE),
                        Serdes.String(), Serdes.Long()).withLoggingDisabled(),
                topics.fingerprints().name(),
                Consumed.with(Serdes.String(), Serdes.Long()).withName("fingerprints-source"),
                () -> new FingerprintIndex.Updater(settings.nearDuplicateMaxDistance()));
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(DedupeProcessor.STORE,
                settings.dedupeRetention(), settings.dedupeRetention(), false), Serdes.String(), Serdes.Long()));

        KStream<String, RawArticle> raw = builder.stream(topics.raw().name(),
                Consumed.with(topics.raw().keySerde(), topics.raw().valueSerde()).withName("raw-source"));
        KStream<String, RawArticle> valid = raw.mapValues((id, a) -> {
            metrics.in(Validation.STAGE);
            return Validation.check(id, a, settings.maxBodyChars());
        }, Named.as("validate-article"));

        Map<String, KStream<String, Deduped>> verdicts = valid
                .process(() -> new DedupeProcessor(settings.dedupeRetention(), settings.nearDuplicateMaxDistance(), metrics),
                        Named.as("dedupe-article"), DedupeProcessor.STORE)
                .split(Named.as("dedupe-verdict-"))
                .branch((id, d) -> d.exactDuplicate(), Branched.as("duplicate"))
                .defaultBranch(Branched.as("new"));

        verdicts.get("dedupe-verdict-duplicate")
                .mapValues((id, d) -> {
                    metrics.out("duplicate");
                    return d.article();
                }, Named.as("duplicate-unwrap"))
                .to(topics.duplicates().name(), produced(topics.duplicates(), "duplicates-sink"));

        KStream<String, Deduped> fresh = verdicts.get("dedupe-verdict-new");
        fresh.filter((id, d) -> d.fingerprint().isPresent() && d.duplicateOf().isEmpty(), Named.as("fingerprint-filter"))
                .mapValues(d -> d.fingerprint().getAsLong(), Named.as("fingerprint-extract"))
                .to(topics.fingerprints().name(), produced(topics.fingerprints(), "fingerprints-sink"));

        KStream<String, EnrichedArticle> enriched = fresh.processValues(
                () -> new EnrichProcessor(enricher, settings.enrichTimeout(), metrics), Named.as("enrich-article"));
        enriched.peek((id, a) -> metrics.out("enriched"), Named.as("enriched-count"))
                .to(topics.enriched().name(), produced(topics.enriched(), "enriched-sink"));

        for (String slug : settings.routeTopics()) {
            Topic<String, EnrichedArticle> target = topics.enrichedFor(slug);
            enriched.filter((id, a) -> routesTo(a, slug, settings.routeMinScore()), Named.as("route-" + slug))
                    .to(target.name(), produced(target, "route-" + slug + "-sink"));
        }

        KGroupedStream<String, Long> grouped = enriched
                .flatMap((id, a) -> TrendKeys.of(a), Named.as("trends-explode"))
                .groupByKey(Grouped.with("trends-group", Serdes.String(), Serdes.Long()));
        trends(grouped, MINUTE, "1m", TRENDS_1M_STORE, Duration.ofHours(2), settings, topics);
        trends(grouped, HOUR, "1h", TRENDS_1H_STORE, Duration.ofDays(1), settings, topics);
        return builder.build();
    }

    private static void trends(KGroupedStream<String, Long> grouped, Duration size, String label, String store,
            Duration retention, StreamsSettings settings, TopicCatalogue topics) {
        KStream<String, TrendCount> counts = grouped
                .windowedBy(TimeWindows.ofSizeAndGrace(size, settings.trendGrace()))
                .count(Named.as("trends-count-" + label), Materialized.<String, Long, WindowStore<Bytes, byte[]>>as(store)
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.Long())
                        .withRetention(retention.plus(settings.trendGrace())))
                .toStream(Named.as("trends-" + label + "-changes"))
                .map((w, c) -> KeyValue.pair(TrendKeys.outputKey(w, size), TrendKeys.toTrendCount(w, c)),
                        Named.as("trends-" + label + "-records"));
        counts.filter((k, t) -> t.getKind() == TrendKind.ENTITY, Named.as("trends-" + label + "-entities"))
                .to(topics.entityTrends().name(), produced(topics.entityTrends(), "trends-" + label + "-entities-sink"));
        counts.filter((k, t) -> t.getKind() == TrendKind.TOPIC, Named.as("trends-" + label + "-topics"))
                .to(topics.topicTrends().name(), produced(topics.topicTrends(), "trends-" + label + "-topics-sink"));
    }

    private static <K, V> Produced<K, V> produced(Topic<K, V> topic, String name) {
        return Produced.with(topic.keySerde(), topic.valueSerde()).withName(name);
    }

    /** Whether an article goes to the per-topic topic {@code slug}: one of its topics matches with enough score. */
    static boolean routesTo(EnrichedArticle a, String slug, double minScore) {
        for (TopicTag t : a.getTopics()) {
            if (t.getScore() >= minScore && (slug(t.getLabel()).equals(slug) || t.getCode().equals(slug))) {
                return true;
            }
        }
        return false;
    }

    /** {@code economy, business and finance} → {@code economy-business-and-finance}. */
    public static String slug(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The per-topic topic names for the configured routes. */
    public static List<String> routedTopicNames(StreamsSettings settings, TopicCatalogue topics) {
        return settings.routeTopics().stream().map(s -> topics.enrichedFor(s).name()).toList();
    }
}
