package io.wirestream.schemas.registry;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.avro.Schema;

/**
 * In-memory registries for unit tests, one per {@code mock://scope} URL, with the same rules as the
 * real one (ids, versions, compatibility checks, error codes). Serializer, deserializer and test code
 * configured with the same scope share one registry, as they would share a real one.
 */
public final class MockSchemaRegistry implements SchemaRegistryClient {

    public static final String MOCK_URL_PREFIX = "mock://";

    private static final ConcurrentMap<String, SchemaRegistryService> SCOPES = new ConcurrentHashMap<>();

    private final SchemaRegistryService service;

    private MockSchemaRegistry(SchemaRegistryService service) {
        this.service = service;
    }

    /** The client of a scope, created empty on first use. */
    public static MockSchemaRegistry forScope(String scope) {
        return new MockSchemaRegistry(SCOPES.computeIfAbsent(scope, s -> SchemaRegistryService.inMemory()));
    }

    /** Forgets a scope's schemas, so tests do not see each other's. */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }

    /** The scope named by a {@code mock://scope} URL. */
    public static String scopeOf(String url) {
        return url.substring(MOCK_URL_PREFIX.length());
    }

    @Override
    public int register(String subject, Schema schema) {
        return service.register(subject, schema.toString()).id();
    }

    @Override
    public Schema getById(int id) {
        return SchemaRegistryService.parse(service.schemaText(id));
    }

    @Override
    public SchemaMetadata getLatest(String subject) {
        return service.version(subject, "latest");
    }

    @Override
    public SchemaMetadata getVersion(String subject, int version) {
        return service.version(subject, Integer.toString(version));
    }

    @Override
    public SchemaMetadata lookup(String subject, Schema schema) {
        return service.lookup(subject, schema.toString());
    }

    @Override
    public List<String> testCompatibility(String subject, Schema schema) {
        return service.testCompatibility(subject, "latest", schema.toString());
    }

    @Override
    public CompatibilityLevel getCompatibility(Optional<String> subject) {
        return subject.map(service::level).orElseGet(service::globalLevel);
    }

    @Override
    public void setCompatibility(Optional<String> subject, CompatibilityLevel level) {
        service.setLevel(subject, level);
    }

    @Override
    public List<String> getSubjects() {
        return service.subjects();
    }

    @Override
    public List<Integer> getVersions(String subject) {
        return service.versions(subject);
    }

    @Override
    public List<Integer> deleteSubject(String subject) {
        return service.deleteSubject(subject, false);
    }
}
