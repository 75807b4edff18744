package io.wirestream.schemas.wire;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's wire format: one magic byte {@code 0x0}, the schema id as a 4-byte big-endian int,
 * then the Avro binary encoding. Any client of Confluent Schema Registry (Kafka Connect, ksqlDB,
 * Confluent's own serdes) reads and writes exactly these bytes, which is why Wirestream does too.
 */
public final class WireFormat {

    public static final byte MAGIC_BYTE = 0x0;
    public static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    /** A parsed frame: the schema id and where the Avro payload sits in the original array. */
    public record Frame(int schemaId, byte[] bytes, int payloadOffset) {

        public int payloadLength() {
            return bytes.length - payloadOffset;
        }
    }

    public static byte[] frame(int schemaId, byte[] avroPayload) {
        ByteBuffer buf = ByteBuffer.allocate(HEADER_SIZE + avroPayload.length);
        buf.put(MAGIC_BYTE).putInt(schemaId).put(avroPayload);
        return buf.array();
    }

    /** Writes the 5-byte header into {@code out} and returns it. */
    public static byte[] header(int schemaId) {
        return ByteBuffer.allocate(HEADER_SIZE).put(MAGIC_BYTE).putInt(schemaId).array();
    }

    /**
     * Reads the header.
     *
     * @throws SerializationException with a readable reason when the bytes are not a frame
     */
    public static Frame parse(byte[] bytes) {
        if (bytes == null) {
            throw new SerializationException("no bytes to deserialize (null value)");
        }
        if (bytes.length < HEADER_SIZE) {
            throw new SerializationException("not Confluent wire format: " + bytes.length
                    + " bytes, shorter than the 5-byte header (magic byte 0x0 + 4-byte schema id)");
        }
        if (bytes[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "not Confluent wire format: first byte is 0x%02x, expected magic byte 0x00 (%d bytes: %s)",
                    bytes[0] & 0xff, bytes.length, preview(bytes)));
        }
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        return new Frame(id, bytes, HEADER_SIZE);
    }

    /** First bytes in hex, for error messages about bytes that are not what they should be. */
    public static String preview(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        int n = Math.min(bytes.length, 16);
        for (int i = 0; i < n; i++) {
            sb.append(String.format("%02x", bytes[i] & 0xff));
            if (i + 1 < n) {
                sb.append(' ');
            }
        }
        if (bytes.length > n) {
            sb.append(" ...");
        }
        return sb.toString();
    }
}
