package io.wirestream.schemas.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void shouldWriteMagicByteThenBigEndianSchemaId() {
        byte[] framed = WireFormat.frame(0x01020304, new byte[] {42});
        assertThat(framed).containsExactly(0, 1, 2, 3, 4, 42);
        WireFormat.Frame f = WireFormat.parse(framed);
        assertThat(f.schemaId()).isEqualTo(0x01020304);
        assertThat(f.payloadOffset()).isEqualTo(5);
        assertThat(f.payloadLength()).isEqualTo(1);
    }

    @Test
    void shouldRejectOtherMagicBytesWithTheByteInTheMessage() {
        assertThatThrownBy(() -> WireFormat.parse(new byte[] {1, 0, 0, 0, 1, 2}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("first byte is 0x01")
                .hasMessageContaining("expected magic byte 0x00");
    }

    @Test
    void shouldRejectBytesShorterThanTheHeader() {
        assertThatThrownBy(() -> WireFormat.parse(new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("3 bytes, shorter than the 5-byte header");
    }
}
