package io.wirestream.consumer.internal;

import io.wirestream.consumer.RecordPosition;
import io.wirestream.consumer.SinkRecord;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.TrendCount;
import io.wirestream.schemas.serde.AvroDeserializer;
import io.wirestream.schemas.serde.RegistryUnavailableException;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Turns the raw bytes a sink consumes into {@link SinkRecord}s, one record at a time, so a bad
 * record is an answer ({@link Decoded.Malformed}) instead of an exception thrown out of
 * {@code poll()} that would stop the partition at that offset forever. The registry being
 * unreachable is not the record's fault: that {@link RegistryUnavailableException} propagates and
 * the runner retries the batch later.
 */
public final class RecordDecoder implements AutoCloseable {

    /** What a raw record turned out to be. */
    public sealed interface Decoded {

        record Good(SinkRecord record) implements Decoded {
        }

        /** Unreadable: not Avro, an unknown schema id, a truncated payload, a topic this sink does not read. */
        record Malformed(ConsumerRecord<byte[], byte[]> raw, String errorClass, String reason) implements Decoded {
        }

        /** A null value: nothing to write. */
        record Tombstone(ConsumerRecord<byte[], byte[]> raw) implements Decoded {
        }
    }

    private final Set<String> articleTopics;
    private final Set<String> trendTopics;
    private final AvroDeserializer articles;
    private final AvroDeserializer trends;

    /** @param serdeConfig registry settings ({@code schema.registry.url}, ...) */
    public RecordDecoder(Map<String, ?> serdeConfig, Set<String> articleTopics, Set<String> trendTopics) {
        this.articleTopics = Set.copyOf(articleTopics);
        this.trendTopics = Set.copyOf(trendTopics);
        this.articles = new AvroDeserializer(null, EnrichedArticle.class);
        this.articles.configure(serdeConfig, false);
        this.trends = new AvroDeserializer(null, TrendCount.class);
        this.trends.configure(serdeConfig, false);
    }

    /** @throws RegistryUnavailableException when the writer schema cannot be fetched now */
    public Decoded decode(ConsumerRecord<byte[], byte[]> raw) {
        if (raw.value() == null) {
            return new Decoded.Tombstone(raw);
        }
        RecordPosition at = new RecordPosition(raw.topic(), raw.partition(), raw.offset());
        try {
            if (articleTopics.contains(raw.topic())) {
                return new Decoded.Good(new SinkRecord.ArticleRecord((EnrichedArticle) articles.deserialize(raw.topic(),
                        raw.value()), at));
            }
            if (trendTopics.contains(raw.topic())) {
                return new Decoded.Good(new SinkRecord.TrendRecord((TrendCount) trends.deserialize(raw.topic(),
                        raw.value()), at));
            }
            return new Decoded.Malformed(raw, "UnexpectedTopic", "this sink does not read topic '" + raw.topic() + "'");
        } catch (RegistryUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            return new Decoded.Malformed(raw, e.getClass().getName(), String.valueOf(e.getMessage()));
        }
    }

    @Override
    public void close() {
        articles.close();
        trends.close();
    }
}
