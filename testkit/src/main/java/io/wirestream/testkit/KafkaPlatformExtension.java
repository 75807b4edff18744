package io.wirestream.testkit;

import io.wirestream.embedded.EmbeddedPlatform;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Gives integration tests a real Kafka broker and Schema Registry, started once per test run and
 * shared: Testcontainers ({@code apache/kafka} and Confluent's Schema Registry image) where a
 * Docker engine answers, otherwise Wirestream's in-process KRaft broker and embedded registry.
 * Never a mock broker. The choice is logged; {@code WIRESTREAM_TEST_PLATFORM=embedded|docker}
 * forces one.
 *
 * <pre>
 * &#64;ExtendWith(KafkaPlatformExtension.class)
 * class PipelineIT {
 *     &#64;Test
 *     void shouldDoItsJob(KafkaPlatform platform) { ... platform.bootstrapServers() ... }
 * }
 * </pre>
 */
public final class KafkaPlatformExtension implements ParameterResolver {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaPlatformExtension.class);
    static final String KAFKA_IMAGE = "apache/kafka:4.1.0";
    static final String REGISTRY_IMAGE = "confluentinc/cp-schema-registry:8.0.0";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KafkaPlatformExtension.class, k -> start(), SharedPlatform.class).platform();
    }

    /** The platform, closed by JUnit when the test run ends. */
    private record SharedPlatform(KafkaPlatform platform, AutoCloseable resources) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            resources.close();
        }
    }

    private static SharedPlatform start() {
        String choice = Optional.ofNullable(System.getenv("WIRESTREAM_TEST_PLATFORM")).orElse("auto")
                .toLowerCase(Locale.ROOT);
        boolean docker = switch (choice) {
            case "docker" -> true;
            case "embedded" -> false;
            default -> dockerAvailable();
        };
        long t0 = System.nanoTime();
        SharedPlatform shared = docker ? containers() : embedded();
        String msg = "Integration tests run against " + shared.platform().description() + ": bootstrap.servers="
                + shared.platform().bootstrapServers() + " schema.registry.url=" + shared.platform().schemaRegistryUrl()
                + " (started in " + (System.nanoTime() - t0) / 1_000_000 + " ms)";
        LOG.info(msg);
        System.out.println("[wirestream-testkit] " + msg);
        return shared;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable t) {
            return false;
        }
    }

    private static SharedPlatform embedded() {
        EmbeddedPlatform platform = new EmbeddedPlatform(EmbeddedPlatform.Config.temporary()).start();
        KafkaPlatform view = new KafkaPlatform() {
            @Override
            public String bootstrapServers() {
                return platform.bootstrapServers();
            }

            @Override
            public String schemaRegistryUrl() {
                return platform.schemaRegistryUrl();
            }

            @Override
            public String description() {
                return "in-process Apache Kafka (KRaft) + Wirestream's embedded schema registry (no Docker engine)";
            }

            @Override
            public Optional<BrokerControl> brokerControl() {
                return Optional.of(new BrokerControl() {
                    @Override
                    public void stopBroker() {
                        platform.kafka().stop();
                    }

                    @Override
                    public void startBroker() {
                        platform.kafka().start();
                    }
                });
            }
        };
        return new SharedPlatform(view, platform);
    }

    @SuppressWarnings("resource")
    private static SharedPlatform containers() {
        Network network = Network.newNetwork();
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE).withNetwork(network).withNetworkAliases("kafka")
                .withListener("kafka:19092");
        kafka.start();
        GenericContainer<?> registry = new GenericContainer<>(REGISTRY_IMAGE).withNetwork(network)
                .withExposedPorts(8081)
                .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
                .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
                .waitingFor(Wait.forHttp("/subjects").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(2)));
        registry.start();
        String registryUrl = "http://" + registry.getHost() + ":" + registry.getMappedPort(8081);
        KafkaPlatform view = new KafkaPlatform() {
            @Override
            public String bootstrapServers() {
                return kafka.getBootstrapServers();
            }

            @Override
            public String schemaRegistryUrl() {
                return registryUrl;
            }

            @Override
            public String description() {
                return "Testcontainers " + KAFKA_IMAGE + " + " + REGISTRY_IMAGE;
            }

            @Override
            public Optional<BrokerControl> brokerControl() {
                return Optional.empty();
            }
        };
        return new SharedPlatform(view, () -> {
            registry.stop();
            kafka.stop();
            network.close();
        });
    }
}
