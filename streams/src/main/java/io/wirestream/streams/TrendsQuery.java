package io.wirestream.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.wirestream.schemas.TrendCount;
import io.wirestream.schemas.TrendKind;
import io.wirestream.streams.internal.TrendKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Interactive queries over the trend stores: the top entities or topics of the last minute or the
 * last hour (a sliding sum of the one-minute windows). Each instance answers for its own partitions
 * and, unless asked for local results only, merges the answers of the other instances of the
 * application (found through Kafka Streams' metadata and {@code application.server}).
 */
public final class TrendsQuery {

    private static final Logger LOG = LoggerFactory.getLogger(TrendsQuery.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One row of the answer. */
    public record Trend(String kind, String name, String key, String entityType, long count) {
    }

    private final KafkaStreams streams;
    private final Optional<HostInfo> self;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public TrendsQuery(KafkaStreams streams, Optional<HostInfo> self) {
        this.streams = streams;
        this.self = self;
    }

    /**
     * @param kind   {@code entity} or {@code topic}
     * @param window {@code 1m} or {@code 1h}
     */
    public List<Trend> top(String kind, String window, int top, boolean localOnly, Instant now) {
        TrendKind k = TrendKind.valueOf(kind.toUpperCase(Locale.ROOT));
        Duration span = switch (window) {
            case "1m" -> Duration.ofMinutes(1);
            case "1h" -> Duration.ofHours(1);
            default -> throw new IllegalArgumentException("window must be 1m or 1h, got '" + window + "'");
        };
        Map<String, Trend> merged = new HashMap<>();
        local(k, span, now).forEach(t -> merged.merge(t.key() + "|" + t.name(), t, TrendsQuery::sum));
        if (!localOnly && self.isPresent()) {
            for (StreamsMetadata m : streams.metadataForAllStreamsClients()) {
                if (!m.hostInfo().equals(self.get())) {
                    remote(m.hostInfo(), kind, window).forEach(t -> merged.merge(t.key() + "|" + t.name(), t, TrendsQuery::sum));
                }
            }
        }
        return merged.values().stream()
                .sorted(Comparator.comparingLong(Trend::count).reversed().thenComparing(Trend::name))
                .limit(top).toList();
    }

    private List<Trend> local(TrendKind kind, Duration span, Instant now) {
        ReadOnlyWindowStore<String, Long> store = streams.store(StoreQueryParameters.fromNameAndType(
                WirestreamTopology.TRENDS_1M_STORE, QueryableStoreTypes.windowStore()));
        Map<String, Long> counts = new HashMap<>();
        Map<String, TrendCount> samples = new HashMap<>();
        try (KeyValueIterator<Windowed<String>, Long> it = store.fetchAll(now.minus(span), now)) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, Long> kv = it.next();
                if (TrendKeys.kind(kv.key.key()) != kind) {
                    continue;
                }
                counts.merge(kv.key.key(), kv.value, Long::sum);
                samples.putIfAbsent(kv.key.key(), TrendKeys.toTrendCount(kv.key, 0));
            }
        }
        return counts.entrySet().stream().map(e -> {
            TrendCount t = samples.get(e.getKey());
            return new Trend(kind.name().toLowerCase(Locale.ROOT), t.getName(), t.getKey(), t.getEntityType(), e.getValue());
        }).toList();
    }

    private List<Trend> remote(HostInfo host, String kind, String window) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + "/trends?kind=" + kind + "&window=" + window
                + "&top=1000&local=true");
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                LOG.warn("trends from {} answered {}", uri, r.statusCode());
                return List.of();
            }
            ArrayNode rows = (ArrayNode) JSON.readTree(r.body()).path("trends");
            return java.util.stream.StreamSupport.stream(rows.spliterator(), false).map(TrendsQuery::fromJson).toList();
        } catch (Exception e) {
            LOG.warn("cannot query trends from {}: {}", uri, e.toString());
            return List.of();
        }
    }

    private static Trend fromJson(JsonNode n) {
        return new Trend(n.path("kind").asText(), n.path("name").asText(), n.path("key").isNull() ? null : n.path("key").asText(null),
                n.path("entityType").isNull() ? null : n.path("entityType").asText(null), n.path("count").asLong());
    }

    private static Trend sum(Trend a, Trend b) {
        return new Trend(a.kind(), a.name(), a.key(), a.entityType(), a.count() + b.count());
    }
}
