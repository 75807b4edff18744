package io.wirestream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.ops.Health;
import io.wirestream.ops.Metrics;
import io.wirestream.producer.bulk.FileIngest;
import io.wirestream.producer.bulk.InputPaths;
import io.wirestream.producer.http.IngestServer;
import io.wirestream.producer.http.IngestSettings;
import io.wirestream.producer.input.ArticleReader;
import io.wirestream.producer.input.InputDefaults;
import io.wirestream.schemas.RawArticle;
import io.wirestream.testkit.KafkaPlatform;
import io.wirestream.testkit.KafkaPlatformExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Issue 4's batch: 1,000 NDJSON lines, 50 broken; exactly the 950 good ones reach the topic, the 50 are named. */
@ExtendWith(KafkaPlatformExtension.class)
class MixedBatchIT {

    static PublisherSettings settings(KafkaPlatform platform, String topic) {
        Map<String, Object> c = new LinkedHashMap<>(platform.clientConfig());
        c.put("topic.raw", topic);
        return PublisherSettings.of(c);
    }

    static void assertTopicHoldsExactly(KafkaPlatform platform, String topic, Map<String, RawArticle> expected) {
        Map<String, RawArticle> onTopic = TopicContents.byKey(TopicContents.read(platform, topic, expected.size()));
        assertThat(onTopic.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((id, a) -> {
            RawArticle got = onTopic.get(id);
            assertThat(got.getUrl()).isEqualTo(a.getUrl());
            assertThat(got.getSource()).isEqualTo(a.getSource());
            assertThat(got.getTitle()).isEqualTo(a.getTitle());
            assertThat(got.getBody()).isEqualTo(a.getBody());
            assertThat(got.getLanguage()).isEqualTo(a.getLanguage());
            assertThat(got.getPublishedAt()).isEqualTo(a.getPublishedAt());
            assertThat(got.getFetchedAt()).isEqualTo(a.getFetchedAt());
            assertThat(got.getAuthors()).isEqualTo(a.getAuthors());
            assertThat(got.getMetadata()).isEqualTo(a.getMetadata());
        });
    }

    @Test
    void shouldPublishExactlyTheGoodLinesOfAnHttpBatchAndNameTheBrokenOnes(KafkaPlatform platform) throws Exception {
        String topic = platform.uniqueName("raw");
        RawTopic.ensure(platform.clientConfig(), topic, 3, (short) 1);
        MixedBatch batch = new MixedBatch(topic);
        try (ArticlePublisher publisher = ArticlePublisher.start(settings(platform, topic));
                Metrics metrics = new Metrics();
                IngestServer server = new IngestServer(publisher, IngestSettings.defaults().withAddress("127.0.0.1", 0),
                        new Health(), metrics).start()) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/articles"))
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofByteArray(batch.ndjson))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(r.statusCode()).isEqualTo(400);
            JsonNode body = new ObjectMapper().readTree(r.body());
            assertThat(body.path("new").asInt()).isEqualTo(950);
            assertThat(body.path("rejected").asInt()).isEqualTo(50);
            Map<Long, String[]> rejected = new TreeMap<>();
            for (JsonNode a : body.path("articles")) {
                if (a.path("status").asText().equals("rejected")) {
                    JsonNode e = a.path("errors").get(0);
                    rejected.put(a.path("line").asLong(), new String[] {e.path("field").asText(), e.path("problem").asText()});
                }
            }
            assertThat(rejected.keySet()).containsExactlyElementsOf(batch.broken.keySet());
            batch.broken.forEach((line, why) -> {
                assertThat(rejected.get(line)[0]).as("field of line " + line).isEqualTo(why[0]);
                assertThat(rejected.get(line)[1]).as("reason of line " + line).contains(why[1]);
            });
        }
        assertTopicHoldsExactly(platform, topic, batch.expected());
    }

    @Test
    void shouldPublishExactlyTheGoodLinesOfAFileAndReportTheBrokenOnesWithFileAndLine(KafkaPlatform platform,
            @TempDir Path dir) throws Exception {
        String topic = platform.uniqueName("raw");
        RawTopic.ensure(platform.clientConfig(), topic, 3, (short) 1);
        MixedBatch batch = new MixedBatch(topic);
        Files.write(dir.resolve("mixed.ndjson"), batch.ndjson);
        FileIngest.Report report;
        try (ArticlePublisher publisher = ArticlePublisher.start(settings(platform, topic))) {
            report = new FileIngest(new ArticleReader(Limits.DEFAULTS), Optional.empty(), InputDefaults.NONE)
                    .publish(InputPaths.expand(List.of("mixed.ndjson"), dir, System.in), publisher, new FileIngest.Listener() { });
        }
        assertThat(report.published()).isEqualTo(950);
        assertThat(report.failed()).isZero();
        assertThat(report.rejections()).extracting(rj -> rj.origin().describe())
                .containsExactlyElementsOf(batch.broken.keySet().stream().map(l -> "mixed.ndjson:" + l).toList());
        report.rejections().forEach(rj -> assertThat(rj.errors().get(0).field())
                .isEqualTo(batch.broken.get(rj.origin().line())[0]));
        assertTopicHoldsExactly(platform, topic, batch.expected());
    }
}
