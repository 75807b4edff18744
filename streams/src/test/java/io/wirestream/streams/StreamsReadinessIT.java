package io.wirestream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirestream.ops.Metrics;
import io.wirestream.schemas.topics.TopicNames;
import io.wirestream.schemas.topics.TopicSetup;
import io.wirestream.testkit.KafkaPlatform;
import io.wirestream.testkit.KafkaPlatformExtension;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** /health/ready says "not ready" while an instance rebalances, and "ready" again once it runs. */
@ExtendWith(KafkaPlatformExtension.class)
class StreamsReadinessIT {

    @TempDir
    Path tmp;

    @Test
    void shouldFlipReadinessWhileASecondInstanceForcesARebalance(KafkaPlatform platform) throws Exception {
        String p = platform.uniqueName("ready");
        Map<String, Object> kafka = new HashMap<>(platform.clientConfig());
        TopicNames names = new TopicNames(p + ".raw", p + ".enriched", p + ".dlq", p + ".dup", p + ".fp", p + ".te", p + ".tt");
        kafka.putAll(names.asSettings());
        TopicSetup.ensure(Map.of("bootstrap.servers", platform.bootstrapServers()), names, 4, (short) 1, List.of(),
                Duration.ofDays(1).toMillis());
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready")).build();
        try (StreamsApp first = app(kafka, p, tmp.resolve("a"), port)) {
            await().atMost(Duration.ofMinutes(1)).until(() -> http.send(ready, HttpResponse.BodyHandlers.ofString())
                    .statusCode() == 200);

            List<String> seen = new CopyOnWriteArrayList<>();
            AtomicBoolean watching = new AtomicBoolean(true);
            Thread watcher = new Thread(() -> {
                while (watching.get()) {
                    try {
                        HttpResponse<String> r = http.send(ready, HttpResponse.BodyHandlers.ofString());
                        String s = r.statusCode() + (r.body().contains("REBALANCING") ? " REBALANCING" : "");
                        if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(s)) {
                            seen.add(s);
                        }
                    } catch (Exception e) {
                        seen.add("error " + e);
                    }
                }
            }, "readiness-watcher");
            watcher.start();
            try (StreamsApp second = app(kafka, p, tmp.resolve("b"), -1)) {
                await().atMost(Duration.ofMinutes(1)).until(() -> seen.contains("503 REBALANCING"));
                await().atMost(Duration.ofMinutes(1)).until(() -> second.state() == KafkaStreams.State.RUNNING
                        && first.state() == KafkaStreams.State.RUNNING);
                await().atMost(Duration.ofSeconds(30)).until(() -> seen.get(seen.size() - 1).equals("200"));
            } finally {
                watching.set(false);
                watcher.join();
            }
            assertThat(seen).containsSubsequence("503 REBALANCING", "200");
        }
    }

    private static StreamsApp app(Map<String, Object> kafka, String prefix, Path state, int port) {
        return new StreamsApp(new StreamsApp.Config(kafka, prefix + "-app", 1, StreamsConfig.EXACTLY_ONCE_V2, state,
                Optional.empty(), "127.0.0.1", port, false, 4, (short) 1, StreamsSettings.DEFAULTS),
                ArticleEnricher.engine(), new Metrics()).start();
    }
}
