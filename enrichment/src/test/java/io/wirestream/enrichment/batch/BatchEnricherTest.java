package io.wirestream.enrichment.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.enrichment.EnrichmentEngine;
import io.wirestream.enrichment.json.EnrichmentJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BatchEnricherTest {

    private static BatchEnricher enricher;

    @TempDir
    Path dir;

    @BeforeAll
    static void engine() {
        enricher = new BatchEnricher(EnrichmentEngine.shared(), 3);
    }

    private List<JsonNode> run(List<BatchEnricher.Input> inputs) throws IOException {
        StringWriter out = new StringWriter();
        enricher.run(inputs, out, null);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            if (!l.isEmpty()) {
                lines.add(EnrichmentJson.mapper().readTree(l));
            }
        }
        return lines;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void shouldWriteOneLinePerArticleInInputOrder() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            jsonl.append("{\"id\":\"a").append(i).append("\",\"published\":\"2025-02-15\",\"title\":null,"
                    + "\"text\":\"The striker scored twice on Friday as the club won the league match.\"}\n");
        }
        List<JsonNode> out = run(List.of(BatchEnricher.Input.file(write("in.jsonl", jsonl.toString()))));
        assertThat(out).hasSize(40);
        for (int i = 0; i < 40; i++) {
            assertThat(out.get(i).get("id").asText()).isEqualTo("a" + i);
            assertThat(out.get(i).has("error")).isFalse();
        }
        assertThat(out.get(0).get("language").asText()).isEqualTo("en");
        assertThat(out.get(0).get("published").asText()).isEqualTo("2025-02-15");
        assertThat(out.get(0).get("topics")).isNotEmpty();
    }

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of("not JSON", "{oops", "not valid JSON"),
                Arguments.of("not an object", "[1,2]", "expected a JSON object"),
                Arguments.of("no id", "{\"text\":\"x\"}", "missing field 'id'"),
                Arguments.of("no text", "{\"id\":\"x\"}", "missing field 'text'"),
                Arguments.of("bad date", "{\"id\":\"x\",\"published\":\"15/02/2025\",\"text\":\"x\"}",
                        "field 'published' is not a date"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void shouldTurnABadLineIntoAnErrorRecordWithFileLineAndReason(String description, String bad, String reason)
            throws IOException {
        Path file = write("mixed.jsonl", "{\"id\":\"ok1\",\"text\":\"Fine.\"}\n\n" + bad + "\n{\"id\":\"ok2\",\"text\":\"Fine.\"}\n");
        List<JsonNode> out = run(List.of(BatchEnricher.Input.file(file)));
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("id").asText()).isEqualTo("ok1");
        assertThat(out.get(1).get("error").asText()).contains(reason);
        assertThat(out.get(1).get("source").asText()).isEqualTo(file + ":3");
        assertThat(out.get(2).get("id").asText()).isEqualTo("ok2");
    }

    @Test
    void shouldReadATextFileWithDateMarkerAsOneArticle() throws IOException {
        Path file = write("story.txt", "date 2025-02-15\nThe minister spoke on Friday about the budget.\n");
        List<JsonNode> out = run(List.of(BatchEnricher.Input.file(file)));
        assertThat(out).hasSize(1);
        JsonNode a = out.get(0);
        assertThat(a.get("id").asText()).isEqualTo("story.txt");
        assertThat(a.get("published").asText()).isEqualTo("2025-02-15");
        assertThat(a.get("text").asText()).isEqualTo("The minister spoke on Friday about the budget.\n");
    }

    @Test
    void shouldReadJsonlFromStandardInput() throws IOException {
        byte[] bytes = "{\"id\":\"s1\",\"text\":\"Shares rose.\"}\n{\"id\":\"s2\",\"body\":\"Shares fell.\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        List<JsonNode> out = run(List.of(BatchEnricher.Input.stdin(new ByteArrayInputStream(bytes))));
        assertThat(out).extracting(n -> n.get("id").asText()).containsExactly("s1", "s2");
    }

    @Test
    void shouldReportBytesThatAreNotUtf8InsteadOfCrashing() throws IOException {
        Path file = dir.resolve("latin1.jsonl");
        byte[] good = "{\"id\":\"g\",\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"id\":\"b\",\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(file, all);
        List<JsonNode> out = run(List.of(BatchEnricher.Input.file(file), BatchEnricher.Input.file(
                write("next.jsonl", "{\"id\":\"n\",\"text\":\"ok\"}\n"))));
        assertThat(out).extracting(n -> n.path("error").asText("")).anySatisfy(e -> assertThat(e).contains("UTF-8"));
        assertThat(out.get(out.size() - 1).get("id").asText()).isEqualTo("n");
    }

    @Test
    void shouldReportProgressAfterEveryArticle() throws IOException {
        AtomicLong last = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Path file = write("p.jsonl", "{\"id\":\"1\",\"text\":\"a\"}\nnope\n{\"id\":\"3\",\"text\":\"c\"}\n");
        enricher.run(List.of(BatchEnricher.Input.file(file)), new StringWriter(), (done, errs) -> {
            last.set(done);
            errors.set(errs);
        });
        assertThat(last.get()).isEqualTo(3);
        assertThat(errors.get()).isEqualTo(1);
    }
}
