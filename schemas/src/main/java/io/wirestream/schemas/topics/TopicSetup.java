package io.wirestream.schemas.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates Wirestream's topics when they are missing, with settings that fit what they hold:
 * article topics accept records up to {@link #MAX_MESSAGE_BYTES} (a 2 MB article plus its
 * enrichment), fingerprints expire after the dedupe retention. Existing topics are left as they are.
 */
public final class TopicSetup {

    /** Largest record on the article topics (and what producers are configured to send). */
    public static final int MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);

    private TopicSetup() {
    }

    /**
     * @param partitions        partitions of the article topics (trend topics get the same)
     * @param replicationFactor replication factor, or -1 for the broker's default
     * @param extraArticleTopics further topics holding enriched articles (per-topic routing)
     * @param fingerprintRetentionMs how long fingerprints are kept (the dedupe retention)
     * @return the topics created now
     */
    public static List<String> ensure(Map<String, Object> adminConfig, TopicNames names, int partitions,
            short replicationFactor, Collection<String> extraArticleTopics, long fingerprintRetentionMs) {
        Map<String, String> articles = Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_MESSAGE_BYTES));
        List<NewTopic> wanted = new ArrayList<>();
        for (String t : List.of(names.raw(), names.enriched(), names.deadLetters(), names.duplicates())) {
            wanted.add(topic(t, partitions, replicationFactor, articles));
        }
        for (String t : extraArticleTopics) {
            wanted.add(topic(t, partitions, replicationFactor, articles));
        }
        wanted.add(topic(names.fingerprints(), partitions, replicationFactor, Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, Long.toString(fingerprintRetentionMs))));
        wanted.add(topic(names.entityTrends(), partitions, replicationFactor, Map.of()));
        wanted.add(topic(names.topicTrends(), partitions, replicationFactor, Map.of()));
        return create(adminConfig, wanted);
    }

    /**
     * The admin-client subset of a client configuration (bootstrap servers, security...), without
     * registry keys or topic names, with short timeouts so an unreachable cluster is reported
     * within seconds.
     */
    public static Map<String, Object> adminConfig(Map<String, ?> clientConfig) {
        Map<String, Object> admin = new java.util.LinkedHashMap<>();
        clientConfig.forEach((k, v) -> {
            if (org.apache.kafka.clients.admin.AdminClientConfig.configNames().contains(k)) {
                admin.put(k, v);
            }
        });
        admin.putIfAbsent(org.apache.kafka.clients.admin.AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        admin.putIfAbsent(org.apache.kafka.clients.admin.AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return admin;
    }

    private static NewTopic topic(String name, int partitions, short rf, Map<String, String> configs) {
        return new NewTopic(name, java.util.Optional.of(partitions), java.util.Optional.of(rf)).configs(configs);
    }

    /** Creates the topics that do not exist yet; returns their names. */
    public static List<String> create(Map<String, Object> adminConfig, List<NewTopic> topics) {
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).distinct().toList();
            if (missing.isEmpty()) {
                return List.of();
            }
            List<String> created = new ArrayList<>();
            var result = admin.createTopics(missing);
            for (NewTopic t : missing) {
                try {
                    result.values().get(t.name()).get(30, TimeUnit.SECONDS);
                    created.add(t.name());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + t.name() + ": " + e.getCause().getMessage(), e);
                    }
                }
            }
            LOG.info("created topics {}", created);
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot reach Kafka at " + adminConfig.get("bootstrap.servers")
                    + " to create topics: " + e, e);
        }
    }
}
