package io.wirestream.schemas.serde;

import io.wirestream.schemas.registry.SchemaRegistryClient;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for generated Avro classes in Confluent's wire format, the counterpart of Confluent's
 * {@code SpecificAvroSerde}: configure it with the same map (schema.registry.url, ...). Reads into
 * {@code T} whatever compatible schema version the data was written with.
 */
public class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final AvroSerializer serializer;
    private final AvroDeserializer deserializer;

    public SpecificAvroSerde(Class<T> type) {
        this(type, null);
    }

    public SpecificAvroSerde(Class<T> type, SchemaRegistryClient registry) {
        this.serializer = new AvroSerializer(registry);
        this.deserializer = new AvroDeserializer(registry, type);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> c = new HashMap<>(configs);
        c.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, true);
        serializer.configure(c, isKey);
        deserializer.configure(c, isKey);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Serializer<T> serializer() {
        return (Serializer<T>) (Serializer<?>) serializer;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Deserializer<T> deserializer() {
        return (Deserializer<T>) (Deserializer<?>) deserializer;
    }
}
