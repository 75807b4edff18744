package io.wirestream.cli.bench;

import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.topics.TopicCatalogue;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The ceiling the enrichment topology is measured against: the same records through Kafka Streams
 * with nothing done to them — read and deserialized from Avro, passed on unchanged, serialized and
 * written — with the same guarantees and settings as the real topology (exactly once, the same
 * handlers), so the difference between the two is what Wirestream's stages cost.
 */
final class PassThroughTopology {

    private PassThroughTopology() {
    }

    static Topology build(String input, String output, Map<String, ?> serdeConfig, LongAdder processed) {
        Serde<RawArticle> serde = TopicCatalogue.valueSerde(RawArticle.class, serdeConfig);
        StreamsBuilder b = new StreamsBuilder();
        b.stream(input, Consumed.with(Serdes.String(), serde).withName("passthrough-source"))
                .mapValues(a -> {
                    processed.increment();
                    return a;
                }, Named.as("passthrough-identity"))
                .to(output, Produced.with(Serdes.String(), serde).withName("passthrough-sink"));
        return b.build();
    }
}
