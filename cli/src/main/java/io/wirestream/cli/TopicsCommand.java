package io.wirestream.cli;

import io.wirestream.cli.config.DurationConverter;
import io.wirestream.cli.config.KafkaClientOptions;
import io.wirestream.schemas.topics.TopicNames;
import io.wirestream.schemas.topics.TopicSetup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code wirestream topics}: creates Wirestream's topics (the topic-init step of a deployment). */
@Command(name = "topics",
        mixinStandardHelpOptions = true,
        description = {
                "Create Wirestream's topics that do not exist yet and print their names; existing topics are left alone.",
                "Article topics accept records up to 10 MB; fingerprints expire after --dedupe-retention. "
                        + "Topic names can be changed with -X topic.raw=NAME (and topic.enriched, topic.dlq, topic.duplicates, "
                        + "topic.fingerprints, topic.trends.entities, topic.trends.topics)."
        })
final class TopicsCommand implements Callable<Integer> {

    @ParentCommand
    WirestreamCommand root;

    @Mixin
    KafkaClientOptions kafka;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "6", description = "Partitions per topic.")
    int partitions;

    @Option(names = "--replication-factor", paramLabel = "N", defaultValue = "-1",
            description = "Replication factor; -1 for the broker default.")
    short replicationFactor;

    @Option(names = "--dedupe-retention", paramLabel = "DURATION", defaultValue = "7d", converter = DurationConverter.class,
            description = "Retention of the fingerprints topic (match the streams' --dedupe-retention).")
    Duration dedupeRetention;

    @Option(names = "--route-topic", paramLabel = "SLUG", split = ",",
            description = "Also create news.articles.enriched.<slug> for per-topic routing. Repeatable or comma-separated.")
    List<String> routeTopics = new ArrayList<>();

    @Override
    public Integer call() {
        Map<String, Object> clients = kafka.clientProperties(root.environment(), root.fileSettings());
        TopicNames names = TopicNames.from(clients);
        List<String> created = TopicSetup.ensure(TopicSetup.adminConfig(clients), names, partitions, replicationFactor,
                routeTopics.stream().map(names::enrichedFor).toList(), dedupeRetention.toMillis());
        if (created.isEmpty()) {
            System.out.println("all topics exist");
        } else {
            created.forEach(t -> System.out.println("created " + t));
        }
        return 0;
    }
}
