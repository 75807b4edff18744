package io.wirestream.cli;

import io.wirestream.cli.config.KafkaClientOptions;
import io.wirestream.embedded.SchemaRegistryServer;
import io.wirestream.schemas.registry.CompatibilityLevel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code wirestream registry}: the Schema Registry server alone, against any Kafka cluster. */
@Command(name = "registry",
        mixinStandardHelpOptions = true,
        description = {
                "Run Wirestream's Schema Registry (Confluent's REST API, Avro) against a Kafka cluster; schemas are "
                        + "kept in a compacted topic. Prints schema.registry.url=... when ready. Until Ctrl-C."
        })
final class RegistryCommand implements Callable<Integer> {

    @ParentCommand
    WirestreamCommand root;

    @Mixin
    KafkaClientOptions kafka;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8081", description = "HTTP port; 0 picks a free one.")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address to bind.")
    String host;

    @Option(names = "--topic", paramLabel = "NAME", defaultValue = "_schemas", description = "Compacted topic holding the schemas.")
    String topic;

    @Option(names = "--compatibility", paramLabel = "LEVEL", defaultValue = "BACKWARD",
            description = "Default compatibility level: ${COMPLETION-CANDIDATES}.")
    CompatibilityLevel compatibility;

    @Override
    public Integer call() throws InterruptedException {
        Ports.requireFree(host, port, "--port");
        Map<String, String> clientOverrides = new LinkedHashMap<>();
        kafka.clientProperties(root.environment(), root.fileSettings()).forEach((k, v) -> {
            if (!k.equals("bootstrap.servers") && !k.equals("schema.registry.url")) {
                clientOverrides.put(k, String.valueOf(v));
            }
        });
        SchemaRegistryServer server = new SchemaRegistryServer(new SchemaRegistryServer.Config(kafka.bootstrapServers,
                host, port, topic, compatibility, clientOverrides));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "registry-shutdown"));
        server.start();
        System.out.println("schema.registry.url=" + server.url());
        System.out.flush();
        stopped.await();
        return 0;
    }
}
