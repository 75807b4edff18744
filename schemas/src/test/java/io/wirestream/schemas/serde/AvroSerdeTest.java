package io.wirestream.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.registry.MockSchemaRegistry;
import io.wirestream.schemas.registry.SchemaRegistryClient;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private static final String SCOPE = "serde-test";
    private static final Schema V1 = new Schema.Parser().parse("""
            {"type":"record","name":"Item","namespace":"t","fields":[{"name":"id","type":"string"}]}""");
    private static final Schema V2 = new Schema.Parser().parse("""
            {"type":"record","name":"Item","namespace":"t","fields":[{"name":"id","type":"string"},
             {"name":"lang","type":"string","default":"en"}]}""");

    private final Map<String, Object> config = new HashMap<>(Map.of("schema.registry.url", "mock://" + SCOPE));
    private final SchemaRegistryClient registry = MockSchemaRegistry.forScope(SCOPE);

    @AfterEach
    void dropRegistry() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    static RawArticle article() {
        return RawArticle.newBuilder().setId("a1").setSource("wire").setBody("Body text.")
                .setUrl("https://example.com/a1").setFetchedAt(Instant.ofEpochMilli(1_700_000_000_000L))
                .setAuthors(List.of("Ann")).setMetadata(Map.of("section", "world")).build();
    }

    private byte[] serialize(Object value, Map<String, Object> cfg) {
        try (AvroSerializer s = new AvroSerializer()) {
            s.configure(cfg, false);
            return s.serialize("news", value);
        }
    }

    @Test
    void shouldRoundTripASpecificRecordWithTheRegisteredIdInTheHeader() {
        byte[] bytes = serialize(article(), config);
        int id = registry.getLatest("news-value").id();
        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);

        try (SpecificAvroSerde<RawArticle> serde = new SpecificAvroSerde<>(RawArticle.class)) {
            serde.configure(config, false);
            assertThat(serde.deserializer().deserialize("news", bytes)).isEqualTo(article());
        }
    }

    @Test
    void shouldReadOldDataWithANewReaderAndNewDataWithAnOldReader() {
        GenericRecord v1 = new GenericData.Record(V1);
        v1.put("id", "x");
        byte[] v1Bytes = serialize(v1, config);
        GenericRecord v2 = new GenericData.Record(V2);
        v2.put("id", "y");
        v2.put("lang", "fr");
        byte[] v2Bytes = serialize(v2, config);
        assertThat(registry.getVersions("news-value")).containsExactly(1, 2);

        AvroDeserializer v2Reader = new AvroDeserializer(registry, V2);
        v2Reader.configure(config, false);
        GenericRecord read = (GenericRecord) v2Reader.deserialize("news", v1Bytes);
        assertThat(read.get("id")).hasToString("x");
        assertThat(read.get("lang")).hasToString("en");

        AvroDeserializer v1Reader = new AvroDeserializer(registry, V1);
        v1Reader.configure(config, false);
        GenericRecord old = (GenericRecord) v1Reader.deserialize("news", v2Bytes);
        assertThat(old.getSchema()).isEqualTo(V1);
        assertThat(old.get("id")).hasToString("y");
    }

    @Test
    void shouldSurfaceAnIncompatibleSchemaInsteadOfWriting() {
        serialize(recordOf(V1, "x"), config);
        Schema breaking = new Schema.Parser().parse("""
                {"type":"record","name":"Item","namespace":"t","fields":[{"name":"id","type":"string"},
                 {"name":"score","type":"int"}]}""");
        GenericRecord r = new GenericData.Record(breaking);
        r.put("id", "z");
        r.put("score", 1);
        assertThatThrownBy(() -> serialize(r, config))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("news-value")
                .hasMessageContaining("incompatible");
        assertThat(registry.getVersions("news-value")).containsExactly(1);
    }

    @Test
    void shouldWriteWithTheLatestSchemaWhenConfiguredTo() {
        serialize(recordOf(V1, "x"), config);
        serialize(v2("y"), config);
        config.put("use.latest.version", "true");
        config.put("auto.register.schemas", "false");
        byte[] bytes = serialize(recordOf(V1, "z"), config);
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(registry.getLatest("news-value").id());
        AvroDeserializer d = new AvroDeserializer();
        d.configure(config, false);
        assertThat(((GenericRecord) d.deserialize("news", bytes)).get("lang")).hasToString("en");
    }

    @Test
    void shouldRefuseAnUnregisteredSchemaWhenAutoRegistrationIsOff() {
        config.put("auto.register.schemas", false);
        assertThatThrownBy(() -> serialize(recordOf(V1, "x"), config))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("news-value");
    }

    @Test
    void shouldNameSubjectsLikeConfluentStrategies() {
        config.put("value.subject.name.strategy", "io.confluent.kafka.serializers.subject.RecordNameStrategy");
        serialize(recordOf(V1, "x"), config);
        config.put("value.subject.name.strategy", "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy");
        serialize(recordOf(V1, "x"), config);
        assertThat(registry.getSubjects()).containsExactlyInAnyOrder("t.Item", "news-t.Item");
    }

    @Test
    void shouldExplainEveryKindOfBadInput() {
        AvroDeserializer d = new AvroDeserializer();
        d.configure(config, false);
        byte[] good = serialize(recordOf(V1, "hello"), config);

        assertThatThrownBy(() -> d.deserialize("news", "plain text, not avro".getBytes()))
                .isInstanceOf(SerializationException.class).hasMessageContaining("magic byte");
        byte[] wrongMagic = good.clone();
        wrongMagic[0] = 7;
        assertThatThrownBy(() -> d.deserialize("news", wrongMagic))
                .isInstanceOf(SerializationException.class).hasMessageContaining("first byte is 0x07");
        byte[] unknownId = good.clone();
        unknownId[4] = 99;
        assertThatThrownBy(() -> d.deserialize("news", unknownId))
                .isInstanceOf(SerializationException.class).hasMessageContaining("unknown schema id 99");
        byte[] truncated = Arrays.copyOf(good, good.length - 2);
        assertThatThrownBy(() -> d.deserialize("news", truncated))
                .isInstanceOf(SerializationException.class).hasMessageContaining("truncated");
        byte[] trailing = Arrays.copyOf(good, good.length + 3);
        assertThatThrownBy(() -> d.deserialize("news", trailing))
                .isInstanceOf(SerializationException.class).hasMessageContaining("left over");
        assertThat(d.deserialize("news", null)).isNull();
    }

    @Test
    void shouldSerializePrimitivesLikeConfluent() {
        AvroDeserializer d = new AvroDeserializer();
        d.configure(config, false);
        assertThat(d.deserialize("news", serialize("text", config))).hasToString("text");
        config.put("value.subject.name.strategy", "TopicRecordNameStrategy");
        assertThatThrownBy(() -> serialize(42L, config)).isInstanceOf(SerializationException.class)
                .hasMessageContaining("record schema");
    }

    @Test
    void shouldReportAnUnreachableRegistryAsRetriableNotAsABadRecord() throws Exception {
        byte[] good = serialize(recordOf(V1, "x"), config);
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Map<String, Object> down = Map.of("schema.registry.url", "http://127.0.0.1:" + port, "max.retries", "0");
        AvroDeserializer d = new AvroDeserializer();
        d.configure(down, false);
        assertThatThrownBy(() -> d.deserialize("news", good)).isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("127.0.0.1:" + port);
        assertThatThrownBy(() -> serialize(recordOf(V1, "y"), new HashMap<>(down)))
                .isInstanceOf(RegistryUnavailableException.class);
    }

    private static GenericRecord recordOf(Schema schema, String id) {
        GenericRecord r = new GenericData.Record(schema);
        r.put("id", id);
        return r;
    }

    private static GenericRecord v2(String id) {
        GenericRecord r = recordOf(V2, id);
        r.put("lang", "de");
        return r;
    }
}
