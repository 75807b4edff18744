package io.wirestream.schemas.serde;

import io.wirestream.schemas.registry.RegistryClientConfig;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/**
 * Serializer and deserializer settings, under Confluent's keys so a client configuration written
 * for {@code KafkaAvroSerializer}/{@code KafkaAvroDeserializer} works unchanged:
 * {@code schema.registry.url} (and the other {@link RegistryClientConfig} keys),
 * {@code auto.register.schemas} (default true), {@code use.latest.version} (default false),
 * {@code specific.avro.reader} (default false), {@code key.subject.name.strategy} and
 * {@code value.subject.name.strategy} (default TopicNameStrategy).
 */
public record AvroSerdeConfig(
        RegistryClientConfig registry,
        boolean autoRegisterSchemas,
        boolean useLatestVersion,
        boolean specificAvroReader,
        SubjectNameStrategy subjectNameStrategy) {

    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";

    public static AvroSerdeConfig from(Map<String, ?> configs, boolean isKey) {
        String strategyKey = isKey ? KEY_SUBJECT_NAME_STRATEGY : VALUE_SUBJECT_NAME_STRATEGY;
        return new AvroSerdeConfig(
                RegistryClientConfig.from(configs),
                bool(configs, AUTO_REGISTER_SCHEMAS, true),
                bool(configs, USE_LATEST_VERSION, false),
                bool(configs, SPECIFIC_AVRO_READER, false),
                SubjectNameStrategy.forName(strategyKey, configs.get(strategyKey)));
    }

    private static boolean bool(Map<String, ?> configs, String key, boolean defaultValue) {
        Object v = configs.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String s = v.toString().trim().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        throw new ConfigException(key, v, "expected true or false");
    }
}
