package io.wirestream.chaos;

import io.wirestream.embedded.EmbeddedPlatform;
import java.net.URI;

/**
 * What every chaos scenario shares: the one broker and registry of the run (in this JVM, so the
 * broker and the registry can be stopped and started), the settings, and the report.
 *
 * @param registryUrl where the registry serves (and serves again after {@link #startRegistry()})
 */
public record ChaosPlatform(EmbeddedPlatform platform, String registryUrl, ChaosSettings settings, ChaosReport report) {

    /** A scenario on this platform; close it when done. */
    public ChaosScenario scenario(String name, long seed) {
        return ChaosScenario.create(name, seed, settings, platform.bootstrapServers(), registryUrl, report);
    }

    public void stopRegistry() {
        platform.stopRegistry();
    }

    /** Starts the registry again on its port, where the clients expect it. */
    public void startRegistry() {
        platform.startRegistry(URI.create(registryUrl).getPort());
    }
}
