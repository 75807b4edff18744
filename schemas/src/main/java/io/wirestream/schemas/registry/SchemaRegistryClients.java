package io.wirestream.schemas.registry;

import java.util.Map;

/** Creates the right client for a configuration: in-memory for {@code mock://}, REST otherwise. */
public final class SchemaRegistryClients {

    private SchemaRegistryClients() {
    }

    public static SchemaRegistryClient create(Map<String, ?> configs) {
        return create(RegistryClientConfig.from(configs));
    }

    public static SchemaRegistryClient create(RegistryClientConfig config) {
        if (config.isMock()) {
            return MockSchemaRegistry.forScope(MockSchemaRegistry.scopeOf(config.urls().get(0).toString()));
        }
        return new RestSchemaRegistryClient(config);
    }
}
