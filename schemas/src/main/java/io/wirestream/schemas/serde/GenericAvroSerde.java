package io.wirestream.schemas.serde;

import java.util.HashMap;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Serde for {@link GenericRecord}s in Confluent's wire format (Confluent's {@code GenericAvroSerde}). */
public class GenericAvroSerde implements Serde<GenericRecord> {

    private final AvroSerializer serializer = new AvroSerializer();
    private final AvroDeserializer deserializer = new AvroDeserializer();

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> c = new HashMap<>(configs);
        c.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, false);
        serializer.configure(c, isKey);
        deserializer.configure(c, isKey);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Serializer<GenericRecord> serializer() {
        return (Serializer<GenericRecord>) (Serializer<?>) serializer;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Deserializer<GenericRecord> deserializer() {
        return (Deserializer<GenericRecord>) (Deserializer<?>) deserializer;
    }
}
