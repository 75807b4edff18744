package io.wirestream.producer;

import io.wirestream.schemas.topics.TopicSetup;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates the raw-articles topic when it is missing, so that {@code produce} and {@code ingest}
 * work against a fresh cluster (where topics are not created automatically), with the record size
 * limit of Wirestream's article topics ({@link TopicSetup#MAX_MESSAGE_BYTES}), since an article may
 * be 2 MB. An existing topic is left as it is.
 */
public final class RawTopic {

    private RawTopic() {
    }

    /** @return whether the topic was created now */
    public static boolean ensure(Map<String, Object> clientConfig, String topic, int partitions, short replicationFactor) {
        // fail within seconds, not minutes, when Kafka is unreachable (the caller says so and exits)
        Map<String, Object> admin = TopicSetup.adminConfig(clientConfig);
        NewTopic t = new NewTopic(topic, Optional.of(partitions), Optional.of(replicationFactor)).configs(Map.of(
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(TopicSetup.MAX_MESSAGE_BYTES)));
        return !TopicSetup.create(admin, List.of(t)).isEmpty();
    }
}
