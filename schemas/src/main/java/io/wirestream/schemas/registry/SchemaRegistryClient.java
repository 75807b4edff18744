package io.wirestream.schemas.registry;

import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * The Schema Registry REST API as a Java interface: the operations Wirestream's serdes and tools
 * need. Implementations: {@link RestSchemaRegistryClient} for a real registry (Confluent, Apicurio's
 * ccompat API, Karapace, or Wirestream's embedded one) and {@link MockSchemaRegistry} for
 * {@code mock://scope} URLs in unit tests. Failures are {@link SchemaRegistryException}s carrying
 * Confluent's error codes.
 */
public interface SchemaRegistryClient extends AutoCloseable {

    /** Registers (or finds) a schema under a subject; returns its global id. */
    int register(String subject, Schema schema);

    /** The schema with a global id; cached, ids never change. */
    Schema getById(int id);

    SchemaMetadata getLatest(String subject);

    SchemaMetadata getVersion(String subject, int version);

    /** The version of a subject that holds exactly this schema (40403 when none does). */
    SchemaMetadata lookup(String subject, Schema schema);

    /** Checks a schema against the latest version (and, for transitive levels, all of them). */
    List<String> testCompatibility(String subject, Schema schema);

    /** The compatibility level of a subject, or the global one when {@code subject} is empty. */
    CompatibilityLevel getCompatibility(Optional<String> subject);

    void setCompatibility(Optional<String> subject, CompatibilityLevel level);

    List<String> getSubjects();

    List<Integer> getVersions(String subject);

    List<Integer> deleteSubject(String subject);

    @Override
    default void close() {
    }
}
