package io.wirestream.producer.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.producer.ArticleNormalizer;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.FieldError;
import io.wirestream.producer.Limits;
import io.wirestream.producer.Origin;
import io.wirestream.producer.TestPublishers;
import io.wirestream.producer.input.ArticleReader;
import io.wirestream.producer.input.InputDefaults;
import io.wirestream.schemas.RawArticle;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIngestTest {

    @TempDir
    Path dir;

    final FileIngest ingest = new FileIngest(new ArticleReader(Limits.DEFAULTS), Optional.empty(),
            new InputDefaults(Optional.empty(), Optional.of("cli"), Optional.empty()));

    List<InputSource> inputs() throws Exception {
        Files.writeString(dir.resolve("batch.ndjson"), """
                {"url": "https://example.com/1", "title": "One", "body": "First."}
                {"url": "https://example.com/2", "body": ""}
                {"url": "https://example.com/1?utm_source=again", "body": "First."}
                """);
        Files.writeString(dir.resolve("story.txt"), "date 2024-03-15\nThe council met on Friday.\n");
        Files.writeString(dir.resolve("page"), "<html><head><title>No extension</title></head><body><p>Sniffed.</p></body></html>");
        return InputPaths.expand(List.of("batch.ndjson", "story.txt", "page"), dir, System.in);
    }

    @Test
    void shouldPrintEachNormalizedArticleOrItsRejectionInADryRun() throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        FileIngest.Report report = ingest.dryRun(inputs(), new ArticleNormalizer(), new FileIngest.Listener() {
            @Override
            public void normalized(Origin origin, RawArticle article) {
                lines.add(DryRunLines.article(origin, article));
            }

            @Override
            public void rejected(Origin origin, List<FieldError> errors) {
                lines.add(DryRunLines.rejection(origin, errors));
            }
        });
        assertThat(report.valid()).isEqualTo(4);
        assertThat(report.rejected()).isEqualTo(1);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String l : lines) {
            out.add(json.readTree(l));
        }
        assertThat(out).extracting(n -> n.path("input").asText())
                .containsExactly("batch.ndjson:1", "batch.ndjson:2", "batch.ndjson:3", "story.txt:1", "page:1");
        assertThat(out.get(0).path("id").asText()).isEqualTo(out.get(2).path("id").asText());
        assertThat(out.get(0).path("source").asText()).as("the default source beats the URL host").isEqualTo("cli");
        assertThat(out.get(1).path("rejected").get(0).path("field").asText()).isEqualTo("body");
        assertThat(out.get(3).path("published").asText()).isEqualTo("2024-03-15T00:00:00Z");
        assertThat(out.get(3).path("body").asText()).isEqualTo("The council met on Friday.");
        assertThat(out.get(3).path("source").asText()).isEqualTo("cli");
        assertThat(out.get(4).path("title").asText()).isEqualTo("No extension");
        assertThat(out.get(0).fieldNames()).toIterable()
                .containsExactly("input", "id", "url", "source", "title", "published", "authors", "language", "body");
    }

    @Test
    void shouldPublishCountingNewDuplicateAndRejectedWithFileAndLine() throws Exception {
        MockProducer<String, RawArticle> mock = TestPublishers.mockProducer(true);
        try (ArticlePublisher publisher = TestPublishers.publisher(mock)) {
            FileIngest.Report report = ingest.publish(inputs(), publisher, new FileIngest.Listener() { });
            assertThat(report.published()).isEqualTo(3);
            assertThat(report.duplicates()).isEqualTo(1);
            assertThat(report.rejected()).isEqualTo(1);
            assertThat(report.rejections()).singleElement().satisfies(r -> {
                assertThat(r.origin().describe()).isEqualTo("batch.ndjson:2");
                assertThat(r.errors().get(0).problem()).contains("empty");
            });
            assertThat(mock.history()).hasSize(3);
        }
    }

    @Test
    void shouldReadStandardInput() {
        List<InputSource> stdin = InputPaths.expand(List.of("-"), dir, new ByteArrayInputStream(
                "{\"url\": \"https://example.com/s\", \"body\": \"From stdin.\"}\n".getBytes(StandardCharsets.UTF_8)));
        FileIngest.Report report = ingest.dryRun(stdin, new ArticleNormalizer(), new FileIngest.Listener() { });
        assertThat(report.valid()).isEqualTo(1);
    }
}
