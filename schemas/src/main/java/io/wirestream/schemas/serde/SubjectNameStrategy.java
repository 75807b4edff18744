package io.wirestream.schemas.serde;

import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;

/**
 * How a serializer names the registry subject of a record, exactly as Confluent's strategies do,
 * so Wirestream and Confluent clients register under the same subjects.
 */
public interface SubjectNameStrategy {

    String subjectName(String topic, boolean isKey, Schema schema);

    /** {@code <topic>-key} / {@code <topic>-value}: one schema (and its versions) per topic. The default. */
    SubjectNameStrategy TOPIC = (topic, isKey, schema) -> topic + (isKey ? "-key" : "-value");

    /** The record's full name: one schema per record type, shared by every topic. */
    SubjectNameStrategy RECORD = (topic, isKey, schema) -> recordName(schema);

    /** {@code <topic>-<record full name>}: several record types per topic. */
    SubjectNameStrategy TOPIC_RECORD = (topic, isKey, schema) -> topic + "-" + recordName(schema);

    private static String recordName(Schema schema) {
        if (schema.getType() != Schema.Type.RECORD) {
            throw new org.apache.kafka.common.errors.SerializationException(
                    "record-name subject strategies need a record schema, got " + schema.getType());
        }
        return schema.getFullName();
    }

    /**
     * Resolves a configured strategy by class name. Confluent's class names
     * ({@code io.confluent.kafka.serializers.subject.TopicNameStrategy}, {@code RecordNameStrategy},
     * {@code TopicRecordNameStrategy}) and their simple names are accepted, so existing client
     * configurations keep working; so is any class implementing this interface.
     */
    static SubjectNameStrategy forName(String configKey, Object value) {
        if (value == null) {
            return TOPIC;
        }
        if (value instanceof SubjectNameStrategy s) {
            return s;
        }
        String name = value instanceof Class<?> c ? c.getName() : value.toString().trim();
        String simple = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        switch (simple) {
            case "topicnamestrategy", "topic":
                return TOPIC;
            case "recordnamestrategy", "record":
                return RECORD;
            case "topicrecordnamestrategy", "topic_record":
                return TOPIC_RECORD;
            default:
                break;
        }
        try {
            Object instance = Class.forName(name).getDeclaredConstructor().newInstance();
            if (instance instanceof SubjectNameStrategy s) {
                return s;
            }
            throw new ConfigException(configKey, name, "does not implement " + SubjectNameStrategy.class.getName());
        } catch (ReflectiveOperationException e) {
            throw new ConfigException(configKey, name, "unknown subject name strategy; use TopicNameStrategy, "
                    + "RecordNameStrategy or TopicRecordNameStrategy");
        }
    }
}
