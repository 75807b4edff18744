package io.wirestream.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.ops.Health;
import io.wirestream.ops.Metrics;
import io.wirestream.producer.http.IngestServer;
import io.wirestream.producer.http.IngestSettings;
import io.wirestream.testkit.KafkaPlatform;
import io.wirestream.testkit.KafkaPlatformExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Back-pressure with the broker down: 503 with Retry-After within the timeout instead of hanging,
 * 202 again once the broker is back, and every accepted article on the topic. Stops the test run's
 * broker, so it runs in its own JVM after the other integration tests (see the failsafe executions).
 */
@ExtendWith(KafkaPlatformExtension.class)
class BrokerOutageIT {

    static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(3);
    static final Duration ANSWER_TIMEOUT = DELIVERY_TIMEOUT.plusSeconds(2);

    final HttpClient client = HttpClient.newHttpClient();
    final AtomicInteger counter = new AtomicInteger();

    HttpResponse<String> post(IngestServer server) throws Exception {
        int n = counter.incrementAndGet();
        String line = "{\"url\": \"https://example.com/outage/" + n + "\", \"source\": \"s\", \"body\": \"Article " + n + ".\"}";
        return client.send(HttpRequest.newBuilder(URI.create(server.url() + "/articles")).header("Content-Type", "application/json")
                .timeout(ANSWER_TIMEOUT.plusSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(line)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAnswer503WhileTheBrokerIsDownAndAcceptAgainWhenItIsBack(KafkaPlatform platform) throws Exception {
        KafkaPlatform.BrokerControl broker = platform.brokerControl().orElseThrow(
                () -> new org.opentest4j.TestAbortedException("this platform cannot stop its broker"));
        String topic = platform.uniqueName("raw");
        RawTopic.ensure(platform.clientConfig(), topic, 1, (short) 1);
        Map<String, Object> c = new LinkedHashMap<>(platform.clientConfig());
        c.put("topic.raw", topic);
        Set<String> accepted = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try (ArticlePublisher publisher = ArticlePublisher.start(PublisherSettings.of(c)
                .withTimeouts(DELIVERY_TIMEOUT, Duration.ofSeconds(2)));
                Metrics metrics = new Metrics();
                KafkaReachability kafka = new KafkaReachability(c)) {
            Health health = new Health().readiness("kafka", kafka::check);
            try (IngestServer server = new IngestServer(publisher, IngestSettings.defaults().withAddress("127.0.0.1", 0)
                    .withTimeouts(ANSWER_TIMEOUT, Duration.ofSeconds(7)), health, metrics).start()) {
                HttpResponse<String> before = post(server);
                assertThat(before.statusCode()).isEqualTo(202);
                accepted.add(json.readTree(before.body()).path("articles").get(0).path("id").asText());

                broker.stopBroker();
                try {
                    long t0 = System.nanoTime();
                    HttpResponse<String> down = post(server);
                    Duration took = Duration.ofNanos(System.nanoTime() - t0);
                    assertThat(down.statusCode()).isEqualTo(503);
                    assertThat(down.headers().firstValue("Retry-After")).contains("7");
                    assertThat(took).isLessThan(ANSWER_TIMEOUT.plusSeconds(2));
                    JsonNode article = json.readTree(down.body()).path("articles").get(0);
                    assertThat(article.path("status").asText()).isEqualTo("unavailable");
                    await().atMost(Duration.ofSeconds(10)).until(() -> client.send(HttpRequest.newBuilder(
                            URI.create(server.url() + "/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 503);
                } finally {
                    broker.startBroker();
                }

                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    HttpResponse<String> r = post(server);
                    if (r.statusCode() == 202) {
                        accepted.add(json.readTree(r.body()).path("articles").get(0).path("id").asText());
                    }
                    return r.statusCode() == 202;
                });
                HttpResponse<String> after = post(server);
                assertThat(after.statusCode()).isEqualTo(202);
                accepted.add(json.readTree(after.body()).path("articles").get(0).path("id").asText());
            }
        }
        // every accepted article is on the topic (a 503'd one may be there too: it was never promised either way)
        assertThat(TopicContents.byKey(TopicContents.read(platform, topic, accepted.size())).keySet()).containsAll(accepted);
    }
}
