package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.batch.BatchEnricher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class EnrichCommandTest {

    @TempDir
    Path dir;

    private int run(String... args) {
        return new CommandLine(new EnrichCommand()).execute(args);
    }

    @Test
    void shouldEnrichFilesAndDirectoriesIntoOneOutputInOrder() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"1\",\"text\":\"Shares rose.\"}\n{\"id\":\"2\",\"text\":\"Goal!\"}\n");
        Path texts = Files.createDirectory(dir.resolve("texts"));
        Files.writeString(texts.resolve("b.txt"), "date 2025-02-15\nThe minister resigned on Friday.\n");
        Path out = dir.resolve("out.jsonl");
        int code = run("--no-progress", "--threads", "2", dir.resolve("a.jsonl").toString(), texts.toString(),
                "--output", out.toString());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"id\":\"1\"");
        assertThat(lines.get(1)).contains("\"id\":\"2\"");
        assertThat(lines.get(2)).contains("\"id\":\"b.txt\"", "\"published\":\"2025-02-15\"",
                "\"text\":\"The minister resigned on Friday.\\n\"");
    }

    @Test
    void shouldExitWithOneWhenSomeInputGaveAnErrorLine() throws IOException {
        Path in = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"1\",\"text\":\"ok\"}\nnot json\n");
        Path out = dir.resolve("out.jsonl");
        assertThat(run("--no-progress", in.toString(), "-o", out.toString())).isEqualTo(1);
        assertThat(Files.readAllLines(out).get(1)).contains("\"error\"", "bad.jsonl:2");
    }

    @Test
    void shouldRejectAMissingFileAsBadUsage() {
        assertThat(run("--no-progress", dir.resolve("nope.jsonl").toString())).isEqualTo(2);
    }

    static Stream<Arguments> helpPromises() {
        return Stream.of(
                Arguments.of("input formats", "JSONL files"),
                Arguments.of("text files and the date marker", "'date YYYY-MM-DD'"),
                Arguments.of("stdin", "standard input"),
                Arguments.of("error lines", "\"source\":\"FILE:LINE\""),
                Arguments.of("exit status", "Exit status"),
                Arguments.of("progress on stderr", "stderr"),
                Arguments.of("output option", "--output"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("helpPromises")
    void shouldExplainInHelpWhatTheCommandDoes(String description, String phrase) {
        String help = new CommandLine(new EnrichCommand()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(help.replaceAll("\\s+", " ")).contains(phrase);
    }

    @Test
    void shouldCountExpectedArticlesForTheProgressBar() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("x.jsonl"), "{}\n\n{}\n{}\n");
        Path text = Files.writeString(dir.resolve("y.txt"), "hello");
        assertThat(EnrichCommand.expectedArticles(List.of(BatchEnricher.Input.file(jsonl), BatchEnricher.Input.file(text))))
                .isEqualTo(4);
        assertThat(EnrichCommand.expectedArticles(List.of(BatchEnricher.Input.stdin(System.in)))).isEqualTo(-1);
    }
}
