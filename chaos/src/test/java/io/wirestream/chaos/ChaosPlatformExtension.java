package io.wirestream.chaos;

import io.wirestream.embedded.EmbeddedPlatform;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the chaos run's platform once (one in-process KRaft broker with a data directory under
 * {@code target/chaos/platform}, and the embedded registry) and the report, and closes them when the
 * run ends. The platform is in-process on purpose, not the test kit's Testcontainers choice: the
 * scenarios stop and start the broker and the registry.
 */
public final class ChaosPlatformExtension implements ParameterResolver {

    private static final Logger LOG = LoggerFactory.getLogger(ChaosPlatformExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ChaosPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(ChaosPlatformExtension.class, k -> start(), Shared.class).chaos();
    }

    private record Shared(ChaosPlatform chaos) implements AutoCloseable {
        @Override
        public void close() {
            chaos.platform().close();
        }
    }

    private static Shared start() {
        ChaosSettings settings = ChaosSettings.fromSystemProperties();
        java.nio.file.Path data = settings.workDir().resolve("platform");
        ChaosScenario.deleteRecursively(data);
        long t0 = System.nanoTime();
        EmbeddedPlatform platform = new EmbeddedPlatform(new EmbeddedPlatform.Config(Optional.of(data), "127.0.0.1", 0, 0))
                .start();
        LOG.info("chaos platform: Kafka {} and registry {} (data {}) started in {} ms; {} articles per scenario, faults of {} s",
                platform.bootstrapServers(), platform.schemaRegistryUrl(), data, (System.nanoTime() - t0) / 1_000_000,
                settings.articles(), settings.fault().toSeconds());
        return new Shared(new ChaosPlatform(platform, platform.schemaRegistryUrl(), settings, ChaosReport.begin(settings)));
    }
}
