package io.wirestream.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.registry.RegistryClientConfig;
import io.wirestream.schemas.registry.RestSchemaRegistryClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping and starting the platform on the same data directory keeps topics, data and schema ids. */
class PlatformRestartIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepTopicsDataAndSchemaIdsAcrossARestart() throws Exception {
        EmbeddedPlatform.Config config = new EmbeddedPlatform.Config(Optional.of(dataDir), "127.0.0.1", 0, 0);
        List<Integer> ids = new ArrayList<>();
        String bootstrap;
        try (EmbeddedPlatform first = new EmbeddedPlatform(config).start()) {
            bootstrap = first.bootstrapServers();
            var registry = new RestSchemaRegistryClient(RegistryClientConfig.of(first.schemaRegistryUrl()));
            for (int i = 0; i < 3; i++) {
                ids.add(registry.register("s" + i + "-value", Schema.createRecord("R" + i, null, "t", false,
                        List.of(new Schema.Field("f", Schema.create(Schema.Type.STRING))))));
            }
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get();
            }
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("kept", "k", "survives")).get();
            }
        }
        assertThat(Files.readString(dataDir.resolve("broker").resolve("wirestream-broker.properties"),
                StandardCharsets.ISO_8859_1)).contains("port=" + bootstrap.split(":")[1]);

        try (EmbeddedPlatform second = new EmbeddedPlatform(config).start()) {
            assertThat(second.bootstrapServers()).isEqualTo(bootstrap);
            var registry = new RestSchemaRegistryClient(RegistryClientConfig.of(second.schemaRegistryUrl()));
            for (int i = 0; i < 3; i++) {
                assertThat(registry.getLatest("s" + i + "-value").id()).isEqualTo(ids.get(i));
            }
            int next = registry.register("s9-value", Schema.create(Schema.Type.LONG));
            assertThat(next).isGreaterThan(ids.get(2));

            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, second.bootstrapServers());
            p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            p.put(ConsumerConfig.GROUP_ID_CONFIG, "restart-check");
            try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("kept"));
                List<String> values = new ArrayList<>();
                long deadline = System.currentTimeMillis() + 30_000;
                while (values.isEmpty() && System.currentTimeMillis() < deadline) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                        values.add(r.value());
                    }
                }
                assertThat(values).containsExactly("survives");
            }
        }
    }
}
