package io.wirestream.cli.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options of every command that talks to Kafka: where the brokers and the registry are, and any
 * Kafka client property (security included) in three layers — {@code kafka.*} keys of the config
 * file, {@code KAFKA_*} environment variables ({@code KAFKA_SASL_JAAS_CONFIG} → {@code sasl.jaas.config}),
 * then {@code -X key=value} flags. Registry client keys ({@code basic.auth.user.info}, ...) pass
 * through the same way.
 */
public final class KafkaClientOptions {

    /** JVM and logging variables of Kafka's scripts and images, which are not client properties. */
    private static final Set<String> NOT_CLIENT_PROPERTIES = Set.of("KAFKA_HEAP_OPTS", "KAFKA_OPTS", "KAFKA_JVM_PERFORMANCE_OPTS",
            "KAFKA_LOG4J_OPTS", "KAFKA_LOG_LEVEL", "KAFKA_DEBUG", "KAFKA_JMX_OPTS", "KAFKA_GC_LOG_OPTS");

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:9092",
            description = "Kafka bootstrap servers (comma-separated).")
    public String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8081",
            description = "Schema Registry URL(s), comma-separated (Confluent, Apicurio ccompat, Karapace or `wirestream registry`).")
    public String schemaRegistryUrl;

    @Option(names = {"-X", "--kafka-property"}, paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "A Kafka client or registry client property, e.g. -X security.protocol=SASL_SSL. Repeatable.")
    public Map<String, String> kafkaProperties = new LinkedHashMap<>();

    /** Kafka client properties from file, environment and flags (in that order of precedence, lowest first). */
    public Map<String, Object> clientProperties(Map<String, String> environment, Properties file) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : file.stringPropertyNames()) {
            if (name.startsWith("kafka.")) {
                out.put(name.substring("kafka.".length()), file.getProperty(name));
            }
        }
        environment.forEach((k, v) -> {
            if (k.startsWith("KAFKA_") && !NOT_CLIENT_PROPERTIES.contains(k)) {
                out.put(SettingNames.kafkaPropertyOf(k), v);
            }
        });
        out.putAll(kafkaProperties);
        out.put("bootstrap.servers", bootstrapServers);
        out.put("schema.registry.url", schemaRegistryUrl);
        return out;
    }

    /** For logs: the properties with anything that looks secret masked. */
    public static Map<String, Object> redacted(Map<String, Object> properties) {
        Map<String, Object> out = new LinkedHashMap<>();
        properties.forEach((k, v) -> out.put(k, isSecret(k) ? "[hidden]" : v));
        return out;
    }

    public static boolean isSecret(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT);
        return k.contains("password") || k.contains("jaas") || k.contains("secret") || k.contains("token")
                || k.contains("user.info") || k.contains("credentials") || k.endsWith(".key");
    }
}
