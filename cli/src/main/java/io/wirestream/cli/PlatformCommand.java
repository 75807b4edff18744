package io.wirestream.cli;

import io.wirestream.embedded.EmbeddedPlatform;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wirestream platform}: a Kafka broker and a Schema Registry, in this process, until Ctrl-C. */
@Command(name = "platform",
        mixinStandardHelpOptions = true,
        description = {
                "Run a real Apache Kafka broker (KRaft, in-process) and Wirestream's Schema Registry until Ctrl-C.",
                "",
                "When both are ready it prints two lines scripts can read:",
                "  bootstrap.servers=127.0.0.1:PORT",
                "  schema.registry.url=http://127.0.0.1:PORT",
                "Restarting with the same --data-dir keeps topics, data and schema ids. Health (/health/live, "
                        + "/health/ready) and /metrics are served on the registry's port."
        })
final class PlatformCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep broker data here (default: a temporary directory, deleted on exit).")
    Path dataDir;

    @Option(names = "--kafka-port", paramLabel = "N", defaultValue = "9092",
            description = "Kafka client port; 0 picks a free one (with --data-dir: the one used last time).")
    int kafkaPort;

    @Option(names = "--registry-port", paramLabel = "N", defaultValue = "8081",
            description = "Schema Registry HTTP port; 0 picks a free one.")
    int registryPort;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to bind and advertise. Loopback unless told otherwise.")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        Ports.requireFree(host, kafkaPort, "--kafka-port");
        Ports.requireFree(host, registryPort, "--registry-port");
        EmbeddedPlatform platform = new EmbeddedPlatform(new EmbeddedPlatform.Config(Optional.ofNullable(dataDir), host,
                kafkaPort, registryPort));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("wirestream platform: stopping...");
            platform.close();
            stopped.countDown();
        }, "platform-shutdown"));
        platform.start();
        System.out.println("bootstrap.servers=" + platform.bootstrapServers());
        System.out.println("schema.registry.url=" + platform.schemaRegistryUrl());
        System.out.flush();
        System.err.println("wirestream platform: ready" + (dataDir == null ? " (temporary data)" : " (data in " + dataDir + ")")
                + "; Ctrl-C to stop.");
        stopped.await();
        return 0;
    }
}
