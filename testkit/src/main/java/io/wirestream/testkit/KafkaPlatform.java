package io.wirestream.testkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * What an integration test gets from {@link KafkaPlatformExtension}: a real Kafka broker and a
 * Schema Registry, shared by every test of the run. Tests keep out of each other's way by naming
 * their topics with {@link #uniqueName}.
 */
public interface KafkaPlatform {

    String bootstrapServers();

    String schemaRegistryUrl();

    /** Human-readable description of what runs, e.g. "in-process Apache Kafka (KRaft)". */
    String description();

    /** Broker stop/start, where the platform can do it (the in-process broker can). */
    Optional<BrokerControl> brokerControl();

    /** Stops and restarts the broker on the same ports and data, for fault-injection tests. */
    interface BrokerControl {
        void stopBroker();

        void startBroker();
    }

    /** A name no other test uses: {@code prefix-<random>}. */
    default String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Client properties pointing at this platform (bootstrap servers and registry URL). */
    default Map<String, Object> clientConfig() {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                "schema.registry.url", schemaRegistryUrl());
    }

    /** Creates topics (replication factor 1) and waits until they exist. */
    default void createTopics(int partitions, String... names) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(names).stream().map(n -> new NewTopic(n, partitions, (short) 1)).toList())
                    .all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics " + List.of(names) + ": " + e.getCause(), e);
        }
    }
}
