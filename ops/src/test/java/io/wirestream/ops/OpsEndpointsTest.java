package io.wirestream.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OpsEndpointsTest {

    private static HttpResponse<String> get(Javalin app, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAnswerReadinessFromItsChecksAndServePrometheusText() throws Exception {
        AtomicBoolean rebalancing = new AtomicBoolean(true);
        Health health = new Health()
                .liveness("threads", () -> Health.Status.up("1 thread alive"))
                .readiness("streams", () -> rebalancing.get() ? Health.Status.down("REBALANCING")
                        : Health.Status.up("RUNNING"));
        try (Metrics metrics = new Metrics()) {
            metrics.registry().counter("wirestream_test_total").increment(3);
            Javalin app = OpsEndpoints.serve("127.0.0.1", 0, health, metrics);
            try {
                assertThat(get(app, "/health/live").statusCode()).isEqualTo(200);
                HttpResponse<String> notReady = get(app, "/health/ready");
                assertThat(notReady.statusCode()).isEqualTo(503);
                assertThat(notReady.body()).contains("\"status\":\"DOWN\"").contains("REBALANCING");
                rebalancing.set(false);
                assertThat(get(app, "/health/ready").statusCode()).isEqualTo(200);
                HttpResponse<String> scrape = get(app, "/metrics");
                assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
                assertThat(scrape.body()).contains("wirestream_test_total 3.0").contains("jvm_memory_used_bytes");
            } finally {
                app.stop();
            }
        }
    }
}
