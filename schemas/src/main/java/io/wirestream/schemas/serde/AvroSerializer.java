package io.wirestream.schemas.serde;

import io.wirestream.schemas.registry.SchemaMetadata;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import io.wirestream.schemas.registry.SchemaRegistryClients;
import io.wirestream.schemas.registry.SchemaRegistryException;
import io.wirestream.schemas.wire.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serializer writing Avro in Confluent's wire format, a drop-in for Confluent's
 * {@code KafkaAvroSerializer} (same configuration keys, same subjects, same bytes).
 *
 * <p>The schema id comes from the registry: registered on first use when
 * {@code auto.register.schemas=true} (the default), looked up otherwise; with
 * {@code use.latest.version=true} the subject's latest schema is used and the record converted to it
 * by Avro schema resolution. A schema the registry refuses (e.g. 409 incompatible) fails the send
 * with the registry's reason; nothing is written without a registered schema.
 */
public class AvroSerializer implements Serializer<Object> {

    private SchemaRegistryClient registry;
    private AvroSerdeConfig config;
    private boolean isKey;
    /** Writers per schema and kind of record: building one per record costs more than writing it. */
    private final java.util.Map<Schema, DatumWriter<Object>> specificWriters = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Schema, DatumWriter<Object>> genericWriters = new java.util.concurrent.ConcurrentHashMap<>();
    /** Size of the last record written, to allocate the next buffer right the first time. */
    private volatile int lastSize = 256;

    public AvroSerializer() {
        AvroClassTrust.install();
    }

    /**
     * For code that builds its own registry client (tests, tools); {@link #configure} still reads the
     * serializer settings but keeps this client.
     */
    public AvroSerializer(SchemaRegistryClient registry) {
        this();
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = AvroSerdeConfig.from(configs, isKey);
        this.isKey = isKey;
        if (registry == null) {
            registry = SchemaRegistryClients.create(config.registry());
        }
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        if (config == null) {
            throw new IllegalStateException("AvroSerializer used before configure()");
        }
        Schema schema = AvroSchemas.of(data);
        String subject = config.subjectNameStrategy().subjectName(topic, isKey, schema);
        try {
            int id;
            Object value = data;
            Schema writer = schema;
            if (config.useLatestVersion()) {
                SchemaMetadata latest = registry.getLatest(subject);
                id = latest.id();
                if (!latest.schema().equals(schema)) {
                    value = convert(data, schema, latest.schema(), subject);
                    writer = latest.schema();
                }
            } else if (config.autoRegisterSchemas()) {
                id = registry.register(subject, schema);
            } else {
                id = registry.lookup(subject, schema).id();
            }
            return encode(id, writer, value);
        } catch (SchemaRegistryException e) {
            if (e.isRetriable()) {
                throw new RegistryUnavailableException("cannot serialize " + describe(schema) + " for topic '" + topic
                        + "' now: " + e.getMessage(), e);
            }
            throw new SerializationException("cannot serialize " + describe(schema) + " for topic '" + topic
                    + "': schema registry refused subject '" + subject + "': " + e.getMessage(), e);
        }
    }

    private byte[] encode(int id, Schema writer, Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(lastSize + (lastSize >> 3) + 16);
        out.writeBytes(WireFormat.header(id));
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            datumWriter(writer, value).write(unwrap(value), encoder);
            encoder.flush();
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            throw new SerializationException("cannot encode " + describe(writer) + " as Avro: " + e.getMessage(), e);
        }
        lastSize = out.size();
        return out.toByteArray();
    }

    private static Object unwrap(Object value) {
        if (value instanceof byte[] b) {
            return ByteBuffer.wrap(b);
        }
        return value;
    }

    private DatumWriter<Object> datumWriter(Schema writer, Object value) {
        if (value instanceof SpecificRecord) {
            return specificWriters.computeIfAbsent(writer,
                    w -> new SpecificDatumWriter<>(w, SpecificData.getForClass(value.getClass())));
        }
        return genericWriters.computeIfAbsent(writer, w -> new GenericDatumWriter<>(w, GenericData.get()));
    }

    /** Rewrites a record to another schema version by Avro's resolution rules (defaults fill new fields). */
    private Object convert(Object data, Schema from, Schema to, String subject) {
        try {
            byte[] bytes = encode(0, from, data);
            var reader = new GenericDatumReader<>(from, to, GenericData.get());
            return reader.read(null, DecoderFactory.get().binaryDecoder(bytes, WireFormat.HEADER_SIZE,
                    bytes.length - WireFormat.HEADER_SIZE, null));
        } catch (IOException | AvroRuntimeException e) {
            throw new SerializationException("use.latest.version: cannot write " + describe(from)
                    + " with the latest schema of subject '" + subject + "': " + e.getMessage(), e);
        }
    }

    private static String describe(Schema s) {
        return s.getType() == Schema.Type.RECORD ? "record " + s.getFullName() : s.getType().getName();
    }

    @Override
    public void close() {
        if (registry != null) {
            registry.close();
        }
    }
}
