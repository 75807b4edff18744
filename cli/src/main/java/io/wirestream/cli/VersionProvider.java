package io.wirestream.cli;

import io.wirestream.enrichment.EnrichmentEngine;
import picocli.CommandLine;

/** {@code --version}: the build and the enrichment engine version. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String impl = WirestreamCommand.class.getPackage().getImplementationVersion();
        return new String[] {
                "wirestream " + (impl == null ? "dev" : impl),
                "enrichment engine " + EnrichmentEngine.VERSION,
                "Java " + System.getProperty("java.version")
        };
    }
}
