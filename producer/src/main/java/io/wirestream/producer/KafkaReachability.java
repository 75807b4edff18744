package io.wirestream.producer;

import io.wirestream.ops.Health;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * A readiness check: can this process reach the Kafka cluster now? Asks the cluster for its nodes
 * with a short timeout and caches the answer for a moment, so that probes every second cost one
 * request every few seconds and never hang.
 */
public final class KafkaReachability implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration CACHE = Duration.ofSeconds(2);

    private final Admin admin;
    private final Clock clock;
    private Health.Status last;
    private Instant checkedAt = Instant.MIN;

    public KafkaReachability(Map<String, Object> clientConfig) {
        Map<String, Object> c = new LinkedHashMap<>();
        clientConfig.forEach((k, v) -> {
            if (AdminClientConfig.configNames().contains(k)) {
                c.put(k, v);
            }
        });
        c.put(AdminClientConfig.CLIENT_ID_CONFIG, "wirestream-readiness");
        c.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        c.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        this.admin = Admin.create(c);
        this.clock = Clock.systemUTC();
    }

    public synchronized Health.Status check() {
        Instant now = clock.instant();
        if (last != null && now.isBefore(checkedAt.plus(CACHE))) {
            return last;
        }
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis())).nodes()
                    .get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            last = Health.Status.up(nodes + " broker(s) reachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            last = Health.Status.down("interrupted");
        } catch (ExecutionException | TimeoutException e) {
            last = Health.Status.down("Kafka unreachable: " + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName());
        }
        checkedAt = clock.instant();
        return last;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
