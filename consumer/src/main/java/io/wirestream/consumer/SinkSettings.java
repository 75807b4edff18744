package io.wirestream.consumer;

import io.wirestream.schemas.topics.TopicNames;
import java.time.Duration;
import java.util.Map;

/**
 * What every sink needs to consume: the Kafka and registry client properties (with the
 * {@code topic.*} names, so several pipelines can share a cluster), its own consumer group, how
 * large a batch may be, how to back off, and where dead letters go.
 *
 * @param kafka           client properties: {@code bootstrap.servers}, {@code schema.registry.url}, security, {@code topic.*}
 * @param groupId         the sink's consumer group; each kind of sink needs its own
 * @param batchSize       records per batch (the consumer's {@code max.poll.records})
 * @param deadLetterTopic where unreadable records go ({@code news.sink.dlq})
 * @param createTopics    create the dead-letter topic when it is missing
 */
public record SinkSettings(Map<String, Object> kafka, String groupId, int batchSize, Duration pollTimeout,
        Backoff backoff, String deadLetterTopic, boolean createTopics) {

    public SinkSettings {
        kafka = Map.copyOf(kafka);
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("a sink needs a consumer group id");
        }
    }

    /** Defaults for everything but the client properties and the group. */
    public static SinkSettings of(Map<String, Object> kafka, String groupId) {
        return new SinkSettings(kafka, groupId, 500, Duration.ofMillis(500), Backoff.DEFAULT, KafkaDeadLetters.DEFAULT_TOPIC,
                true);
    }

    public SinkSettings withGroupId(String id) {
        return new SinkSettings(kafka, id, batchSize, pollTimeout, backoff, deadLetterTopic, createTopics);
    }

    public SinkSettings withBackoff(Backoff b) {
        return new SinkSettings(kafka, groupId, batchSize, pollTimeout, b, deadLetterTopic, createTopics);
    }

    public SinkSettings withBatchSize(int n) {
        return new SinkSettings(kafka, groupId, n, pollTimeout, backoff, deadLetterTopic, createTopics);
    }

    public SinkSettings withDeadLetterTopic(String topic) {
        return new SinkSettings(kafka, groupId, batchSize, pollTimeout, backoff, topic, createTopics);
    }

    public TopicNames topicNames() {
        return TopicNames.from(kafka);
    }

    /** The runner's configuration for a sink of this name reading these topics. */
    public SinkRunner.Config runnerConfig(String name, java.util.List<String> articleTopics, java.util.List<String> trendTopics,
            String autoOffsetReset) {
        return new SinkRunner.Config(name, kafka, groupId, articleTopics, trendTopics, batchSize, pollTimeout, backoff,
                autoOffsetReset);
    }
}
