package io.wirestream.consumer.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.consumer.Articles;
import io.wirestream.consumer.TestTopics;
import io.wirestream.mapping.EnrichedArticleJson;
import io.wirestream.ops.Metrics;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.testkit.KafkaPlatform;
import io.wirestream.testkit.KafkaPlatformExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Enriched articles on a real broker → one JSON line each, in the shape `wirestream enrich` prints. */
@ExtendWith(KafkaPlatformExtension.class)
class FilesSinkIT {

    @TempDir
    Path dir;

    @Test
    void shouldWriteOneJsonLinePerArticle(KafkaPlatform platform) throws IOException {
        TestTopics topics = TestTopics.create(platform, "files", 1);
        List<EnrichedArticle> articles = List.of(Articles.full("f1"), Articles.full("f2"), Articles.full("f3"));
        topics.publish(articles);

        try (FilesSink sink = new FilesSink(new FilesSink.Config(topics.sinkSettings("files-sink"), dir, 1024 * 1024),
                new Metrics()).start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> lines().size() == 3);
        }

        List<String> lines = lines();
        assertThat(lines).containsExactlyElementsOf(articles.stream()
                .map(a -> EnrichedArticleJson.toJson(a).toString()).toList());
        JsonNode first = json(lines.get(0));
        assertThat(first.path("id").asText()).isEqualTo("f1");
        assertThat(first.path("entities")).hasSize(3);
        assertThat(first.path("text").asText()).startsWith("Maria Lopez met officials");
    }

    private List<String> lines() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                out.addAll(Files.readAllLines(f));
            }
        }
        return out;
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
