package io.wirestream.producer;

import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.topics.TopicCatalogue;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/** Publishers over a {@link MockProducer} that really serializes (Avro, mock registry): no broker needed. */
public final class TestPublishers {

    private TestPublishers() {
    }

    public static Serializer<RawArticle> avro() {
        return TopicCatalogue.from(Map.of("schema.registry.url", "mock://" + UUID.randomUUID())).raw().valueSerde().serializer();
    }

    public static MockProducer<String, RawArticle> mockProducer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, Serdes.String().serializer(), avro());
    }

    public static ArticlePublisher publisher(MockProducer<String, RawArticle> producer) {
        return ArticlePublisher.using(producer, "news.articles.raw", PublisherSettings.of("unused:9092", "mock://unused"));
    }
}
