package io.wirestream.consumer.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirestream.consumer.Articles;
import io.wirestream.consumer.TestTopics;
import io.wirestream.ops.Metrics;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.testkit.KafkaPlatform;
import io.wirestream.testkit.KafkaPlatformExtension;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Records on the enriched topic that cannot be read go to the sink's dead-letter topic; the sink keeps running. */
@ExtendWith(KafkaPlatformExtension.class)
class MalformedRecordsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void shouldDeadLetterMalformedRecordsAndSinkTheGoodOnes(KafkaPlatform platform) throws Exception {
        TestTopics topics = TestTopics.create(platform, "malformed", 1);
        byte[] notAvro = "<html>not an article</html>".getBytes(StandardCharsets.UTF_8);
        byte[] unknownSchema = ByteBuffer.allocate(12).put((byte) 0).putInt(987_654).put(new byte[7]).array();
        topics.publish(List.of(Articles.full("good-1")));
        topics.publishRaw("bad-bytes", notAvro);
        topics.publishRaw("bad-schema", unknownSchema);
        topics.publish(List.of(Articles.full("good-2")));

        try (JdbcSink sink = new JdbcSink(new JdbcSink.Config(topics.sinkSettings("malformed-sink"),
                TestDatabases.H2.fresh(tmp).config()), new Metrics()).start()) {
            await().atMost(WAIT).ignoreExceptions().until(() -> sink.articles().rowCounts().get("articles") == 2);

            List<DeadLetter> letters = topics.readDeadLetters(2, WAIT);
            assertThat(letters).extracting(DeadLetter::getArticleId).containsExactly("bad-bytes", "bad-schema");
            assertThat(letters).extracting(DeadLetter::getOffset).containsExactly(1L, 2L);
            assertThat(letters).allSatisfy(l -> {
                assertThat(l.getStage()).isEqualTo("sink");
                assertThat(l.getTopic()).isEqualTo(topics.names().enriched());
                assertThat(l.getPartition()).isZero();
                assertThat(l.getErrorClass()).endsWith("SerializationException");
            });
            assertThat(letters.get(0).getValue()).isEqualTo(ByteBuffer.wrap(notAvro));
            assertThat(letters.get(1).getReason()).contains("987654");

            topics.publish(List.of(Articles.full("good-3")));
            await().atMost(WAIT).until(() -> sink.articles().rowCounts().get("articles") == 3);
            assertThat(sink.runner().liveness().up()).isTrue();
            assertThat(sink.runner().readiness().up()).isTrue();
            assertThat(sink.runner().stats().deadLettered()).isEqualTo(2);
        }
    }
}
