package io.wirestream.producer.internal;

import io.wirestream.schemas.topics.TopicSetup;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The Kafka producer configuration of Wirestream's publishers: the caller's producer properties
 * over throughput-minded defaults (5 ms linger, 256 KB batches, lz4), with the guarantees the
 * contract needs forced on top: {@code acks=all} and {@code enable.idempotence=true}. Properties
 * that are not producer settings (registry, topic names) are left out, so Kafka logs no warnings.
 */
public final class ProducerProperties {

    /** Largest record the producer sends; Wirestream's article topics accept as much. */
    public static final int MAX_REQUEST_BYTES = TopicSetup.MAX_MESSAGE_BYTES;

    private ProducerProperties() {
    }

    public static Map<String, Object> of(Map<String, Object> clientConfig, Duration deliveryTimeout, Duration maxBlock,
            String clientIdPrefix) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientIdPrefix);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_BYTES);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout.toMillis());
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlock.toMillis());
        clientConfig.forEach((k, v) -> {
            if (ProducerConfig.configNames().contains(k)) {
                p.put(k, v);
            }
        });
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        if (!clientConfig.containsKey(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG)) {
            long delivery = Long.parseLong(p.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG).toString());
            long linger = Long.parseLong(p.get(ProducerConfig.LINGER_MS_CONFIG).toString());
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(500, Math.min(30_000, (delivery - linger) / 2)));
        }
        return p;
    }
}
