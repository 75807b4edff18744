package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code produce} without a broker: dry runs, exit status, the rejection report. */
class ProduceCommandTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void files() throws Exception {
        Files.writeString(dir.resolve("batch.ndjson"), """
                {"url": "https://example.com/1?utm_source=x", "title": "One", "body": "First.", "published": "2024-03-15"}
                {"url": "ftp://example.com/2", "source": "s", "body": "Second."}
                not json
                """);
        Files.createDirectories(dir.resolve("texts"));
        Files.writeString(dir.resolve("texts/story.txt"), "date 2024-03-15\nThe council met.\n");
    }

    int run(String stdin, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "produce";
        System.arraycopy(args, 0, all, 1, args.length);
        CommandLine cl = WirestreamCommand.commandLine(all, Map.of());
        ProduceCommand produce = (ProduceCommand) cl.getSubcommands().get("produce").getCommand();
        produce.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        produce.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        produce.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(all);
    }

    List<JsonNode> lines() throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!l.isBlank()) {
                nodes.add(new ObjectMapper().readTree(l));
            }
        }
        return nodes;
    }

    @Test
    void shouldPrintEveryArticleOrItsRejectionInADryRunAndExitOneOnRejects() throws Exception {
        int code = run("", "--dry-run", "--source", "cli", dir.resolve("batch.ndjson").toString(), dir.resolve("texts").toString());
        assertThat(code).isEqualTo(1);
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).path("url").asText()).isEqualTo("https://example.com/1");
        assertThat(lines.get(0).path("published").asText()).isEqualTo("2024-03-15T00:00:00Z");
        assertThat(lines.get(1).path("rejected").get(0).path("field").asText()).isEqualTo("url");
        assertThat(lines.get(2).path("rejected").get(0).path("field").asText()).isEqualTo("json");
        assertThat(lines.get(3).path("body").asText()).isEqualTo("The council met.");
        assertThat(lines.get(3).path("input").asText()).endsWith("story.txt:1");
        String report = err.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("batch.ndjson:2: url: not an http(s) URL").contains("batch.ndjson:3: json: not valid JSON")
                .contains("checked 4 articles: 2 valid, 2 rejected");
    }

    @Test
    void shouldExitZeroWithAllowRejects() {
        assertThat(run("", "--dry-run", "--allow-rejects", dir.resolve("batch.ndjson").toString())).isZero();
    }

    @Test
    void shouldReadStandardInputAndTakeTheFormatFromTheContent() throws Exception {
        assertThat(run("{\"url\": \"https://example.com/s\", \"body\": \"From stdin.\"}\n", "--dry-run", "-")).isZero();
        assertThat(lines()).singleElement().satisfies(n -> assertThat(n.path("input").asText()).isEqualTo("stdin:1"));
    }

    @Test
    void shouldFailAsBadUsageOnAnUnknownFormatOrAMissingPath() {
        assertThat(run("", "--dry-run", "--format", "csv", dir.resolve("batch.ndjson").toString())).isEqualTo(2);
        assertThat(run("", "--dry-run", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(run("", "--dry-run", dir.resolve("*.csv").toString())).isEqualTo(2);
    }

    @Test
    void shouldNeverShowTheApiTokenInHelp() {
        CommandLine cl = WirestreamCommand.commandLine(new String[] {"ingest", "--help"}, Map.of("WIRESTREAM_API_TOKEN", "s3cret"));
        StringWriter help = new StringWriter();
        cl.getSubcommands().get("ingest").usage(new PrintWriter(help));
        assertThat(help.toString()).contains("--api-token").contains("WIRESTREAM_API_TOKEN").doesNotContain("s3cret");
    }

    @Test
    void shouldOfferTheIngestBenchmarkUnderBench() {
        CommandLine cl = WirestreamCommand.commandLine(new String[0], Map.of());
        assertThat(cl.getSubcommands().get("bench").getSubcommands()).containsKey("ingest");
    }
}
