package io.wirestream.schemas.serde;

import io.wirestream.schemas.registry.RegistryError;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import io.wirestream.schemas.registry.SchemaRegistryClients;
import io.wirestream.schemas.registry.SchemaRegistryException;
import io.wirestream.schemas.wire.WireFormat;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka deserializer for Confluent's wire format, a drop-in for Confluent's
 * {@code KafkaAvroDeserializer}.
 *
 * <p>The writer schema is fetched by the id in the frame and resolved against the reader schema by
 * Avro's rules, so data written with an older or newer compatible schema reads fine: the reader
 * schema is the configured class's ({@link SpecificAvroSerde}), the generated class named by the
 * writer schema when {@code specific.avro.reader=true}, or the writer schema itself (a
 * {@code GenericRecord}). Bytes that are not a frame, an unknown id, a truncated or over-long
 * payload each fail with a {@link SerializationException} that says which.
 */
public class AvroDeserializer implements Deserializer<Object> {

    private record ReaderKey(int writerId, Schema reader) {
    }

    private SchemaRegistryClient registry;
    private AvroSerdeConfig config;
    private final Class<? extends SpecificRecord> targetType;
    private final Schema fixedReader;
    private final Map<ReaderKey, DatumReader<Object>> readers = new ConcurrentHashMap<>();

    public AvroDeserializer() {
        this(null, (Class<? extends SpecificRecord>) null);
    }

    /**
     * @param registry   a client to use instead of building one from the configuration (may be null)
     * @param targetType the generated class to read into, or null to follow the configuration
     */
    public AvroDeserializer(SchemaRegistryClient registry, Class<? extends SpecificRecord> targetType) {
        this.registry = registry;
        this.targetType = targetType;
        this.fixedReader = null;
        AvroClassTrust.install();
        if (targetType != null) {
            AvroClassTrust.trust(SpecificData.get().getSchema(targetType));
        }
    }

    /**
     * Reads {@code GenericRecord}s shaped by a given reader schema (a projection, or a version the
     * application was written against) whatever compatible version the data was written with.
     */
    public AvroDeserializer(SchemaRegistryClient registry, Schema readerSchema) {
        this.registry = registry;
        this.targetType = null;
        this.fixedReader = readerSchema;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = AvroSerdeConfig.from(configs, isKey);
        if (registry == null) {
            registry = SchemaRegistryClients.create(config.registry());
        }
    }

    @Override
    public Object deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (config == null) {
            throw new IllegalStateException("AvroDeserializer used before configure()");
        }
        WireFormat.Frame frame = WireFormat.parse(bytes);
        Schema writer = writerSchema(frame.schemaId(), topic);
        DatumReader<Object> reader = readers.computeIfAbsent(new ReaderKey(frame.schemaId(), readerSchema(writer)),
                k -> datumReader(writer, k.reader()));
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, frame.payloadOffset(), frame.payloadLength(), null);
        Object value;
        try {
            value = reader.read(null, decoder);
        } catch (EOFException e) {
            throw new SerializationException("truncated Avro payload on topic '" + topic + "': " + frame.payloadLength()
                    + " bytes end before a complete " + name(writer) + " (schema id " + frame.schemaId() + ")", e);
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException | NegativeArraySizeException
                 | ClassCastException | IllegalArgumentException | UnsupportedOperationException e) {
            // Avro says UnsupportedOperationException for a length or count over Java's array limit
            throw new SerializationException("corrupt Avro payload on topic '" + topic + "' for " + name(writer)
                    + " (schema id " + frame.schemaId() + "): " + e, e);
        }
        try {
            if (!decoder.isEnd()) {
                throw new SerializationException("corrupt Avro payload on topic '" + topic + "': bytes left over after a "
                        + "complete " + name(writer) + " (schema id " + frame.schemaId() + ")");
            }
        } catch (IOException e) {
            throw new SerializationException("corrupt Avro payload on topic '" + topic + "': " + e, e);
        }
        return value instanceof ByteBuffer b ? toArray(b) : value;
    }

    private Schema writerSchema(int id, String topic) {
        try {
            return registry.getById(id);
        } catch (SchemaRegistryException e) {
            if (e.isRetriable()) {
                throw new RegistryUnavailableException("cannot fetch schema id " + id + " for topic '" + topic
                        + "': " + e.getMessage(), e);
            }
            if (e.errorCode() == RegistryError.SCHEMA_NOT_FOUND) {
                throw new SerializationException("unknown schema id " + id + " on topic '" + topic
                        + "': the schema registry has no such schema (" + e.getMessage() + ")", e);
            }
            throw new SerializationException("cannot fetch schema id " + id + " for topic '" + topic + "': "
                    + e.getMessage(), e);
        }
    }

    private Schema readerSchema(Schema writer) {
        if (targetType != null) {
            return SpecificData.get().getSchema(targetType);
        }
        if (fixedReader != null) {
            return fixedReader;
        }
        if (config.specificAvroReader() && writer.getType() == Schema.Type.RECORD) {
            Class<?> c = SpecificData.get().getClass(writer);
            if (c == null) {
                throw new SerializationException("specific.avro.reader=true but no generated class "
                        + writer.getFullName() + " is on the class path");
            }
            return SpecificData.get().getSchema(c);
        }
        return writer;
    }

    private DatumReader<Object> datumReader(Schema writer, Schema reader) {
        if (targetType != null || (fixedReader == null && config.specificAvroReader())) {
            return new SpecificDatumReader<>(writer, reader, SpecificData.getForSchema(reader));
        }
        return new GenericDatumReader<>(writer, reader, GenericData.get());
    }

    private static String name(Schema s) {
        return s.getType() == Schema.Type.RECORD ? s.getFullName() : s.getType().getName();
    }

    private static byte[] toArray(ByteBuffer b) {
        byte[] a = new byte[b.remaining()];
        b.get(a);
        return a;
    }

    @Override
    public void close() {
        if (registry != null) {
            registry.close();
        }
    }
}
