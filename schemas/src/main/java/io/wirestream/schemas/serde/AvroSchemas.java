package io.wirestream.schemas.serde;

import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.common.errors.SerializationException;

/** The Avro schema of a value a serializer is given: a record's own, or a primitive's. */
final class AvroSchemas {

    private static final Map<Class<?>, Schema> PRIMITIVES = Map.of(
            String.class, Schema.create(Schema.Type.STRING),
            Integer.class, Schema.create(Schema.Type.INT),
            Long.class, Schema.create(Schema.Type.LONG),
            Float.class, Schema.create(Schema.Type.FLOAT),
            Double.class, Schema.create(Schema.Type.DOUBLE),
            Boolean.class, Schema.create(Schema.Type.BOOLEAN),
            byte[].class, Schema.create(Schema.Type.BYTES),
            ByteBuffer.class, Schema.create(Schema.Type.BYTES));

    private AvroSchemas() {
    }

    static Schema of(Object value) {
        if (value instanceof GenericContainer c) {
            return c.getSchema();
        }
        if (value instanceof CharSequence) {
            return PRIMITIVES.get(String.class);
        }
        Schema s = PRIMITIVES.get(value.getClass());
        if (s == null) {
            throw new SerializationException("cannot serialize a " + value.getClass().getName()
                    + " as Avro: expected a SpecificRecord, GenericRecord or a primitive (String, Integer, Long, "
                    + "Float, Double, Boolean, byte[])");
        }
        return s;
    }
}
