package io.wirestream.producer.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InputPathsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws Exception {
        for (String f : List.of("a.json", "feeds/b.xml", "feeds/2024/c.xml", "feeds/2024/d.txt", ".hidden/e.json", "feeds/.f.xml")) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "{}");
        }
    }

    static Stream<Arguments> arguments() {
        return Stream.of(
                Arguments.of("a file", List.of("a.json"), List.of("a.json")),
                Arguments.of("a directory, recursively, in name order, without hidden files", List.of("feeds"),
                        List.of("feeds/2024/c.xml", "feeds/2024/d.txt", "feeds/b.xml")),
                Arguments.of("a glob with **", List.of("feeds/**/*.xml"), List.of("feeds/2024/c.xml", "feeds/b.xml")),
                Arguments.of("a glob in one directory", List.of("*.json"), List.of("a.json")),
                Arguments.of("stdin", List.of("-"), List.of("stdin")),
                Arguments.of("nothing, meaning stdin", List.of(), List.of("stdin")),
                Arguments.of("several, in order", List.of("feeds/b.xml", "a.json"), List.of("feeds/b.xml", "a.json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arguments")
    void shouldExpandArgumentsToInputs(String what, List<String> args, List<String> names) {
        List<InputSource> inputs = InputPaths.expand(args, dir, new ByteArrayInputStream(new byte[0]));
        assertThat(inputs).extracting(InputSource::name).containsExactlyElementsOf(names);
        inputs.stream().filter(i -> i.path().isPresent()).forEach(i -> assertThat(i.path().get()).isRegularFile());
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"missing.json", "nothing/*.json", "*.csv"})
    void shouldFailOnAnArgumentThatMatchesNothing(String arg) {
        assertThatThrownBy(() -> InputPaths.expand(List.of(arg), dir, System.in)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(arg);
    }
}
