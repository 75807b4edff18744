package io.wirestream.consumer.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirestream.consumer.Articles;
import io.wirestream.consumer.CrashPoint;
import io.wirestream.consumer.SinkSettings;
import io.wirestream.consumer.TestTopics;
import io.wirestream.ops.Metrics;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.EntityType;
import io.wirestream.testkit.KafkaPlatform;
import io.wirestream.testkit.KafkaPlatformExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The sink killed between the database commit and the offset commit loses nothing and duplicates nothing. */
@ExtendWith(KafkaPlatformExtension.class)
class SinkCrashIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void shouldLoseAndDuplicateNothingWhenKilledBetweenTheDatabaseAndTheOffsetCommit(KafkaPlatform platform) throws Exception {
        TestTopics topics = TestTopics.create(platform, "crash", 2);
        List<EnrichedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String body = "Ahmed Khan met Mei Chen in Tokyo, meeting " + i + ".";
            articles.add(Articles.simple("crash-" + i, "Meeting " + i, body, "wire", List.of(Articles.SPORT),
                    List.of(Articles.entity(body, "Ahmed Khan", EntityType.PERSON), Articles.entity(body, "Mei Chen",
                            EntityType.PERSON), Articles.entity(body, "Tokyo", EntityType.LOCATION))));
        }
        topics.publish(articles);
        SinkSettings settings = topics.sinkSettings("crash-sink");
        JdbcSink.Config config = new JdbcSink.Config(settings, TestDatabases.H2.fresh(tmp).config());
        AtomicInteger storedBeforeCrash = new AtomicInteger();
        CrashPoint killOnFirstBatch = written -> {
            storedBeforeCrash.set(written.size());
            throw new CrashPoint.Crash("killed between the database commit and the offset commit");
        };

        try (JdbcSink sink = new JdbcSink(config, new Metrics(), killOnFirstBatch).start()) {
            await().atMost(WAIT).until(() -> !sink.runner().liveness().up());
            assertThat(storedBeforeCrash.get()).isPositive();
            assertThat(sink.articles().rowCounts().get("articles")).isEqualTo(storedBeforeCrash.get());
        }
        assertThat(committedOffsets(platform, settings.groupId())).as("no offset committed by the killed sink").isEmpty();

        try (JdbcSink restarted = new JdbcSink(config, new Metrics()).start()) {
            await().atMost(WAIT).until(() -> committedOffsets(platform, settings.groupId()).values().stream()
                    .mapToLong(OffsetAndMetadata::offset).sum() == articles.size());
            Map<String, Long> counts = restarted.articles().rowCounts();
            assertThat(counts).containsEntry("articles", (long) articles.size())
                    .containsEntry("entities", 3L * articles.size())
                    .containsEntry("entity_mentions", 3L * articles.size())
                    .containsEntry("topics", (long) articles.size());
            assertThat(restarted.runner().stats().written()).as("the killed batch came again")
                    .isGreaterThanOrEqualTo(storedBeforeCrash.get());
            for (EnrichedArticle a : articles) {
                assertThat(restarted.articles().get(a.getId())).contains(a);
            }
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> committedOffsets(KafkaPlatform platform, String group)
            throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", platform.bootstrapServers()))) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        }
    }
}
