package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The sink and dashboard commands refuse settings that cannot work before they connect to anything. */
class SinkAndDashboardCommandTest {

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("a sink with nothing to write to", new String[] {"sink", "--no-database"},
                        "--no-database needs --files-dir"),
                Arguments.of("a sink into a database it has no migrations for",
                        new String[] {"sink", "--jdbc-url", "jdbc:mysql://localhost/news"}, "--jdbc-url: unsupported JDBC URL"),
                Arguments.of("a dashboard searching a database it cannot read",
                        new String[] {"dashboard", "--port", "0", "--jdbc-url", "jdbc:sqlite:news.db"},
                        "--jdbc-url: unsupported JDBC URL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void shouldRefuseSettingsThatCannotWorkAsBadUsage(String description, String[] args, String message) {
        CommandLine cl = WirestreamCommand.commandLine(args, Map.of());
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));

        assertThat(cl.execute(args)).isEqualTo(2);
        assertThat(err.toString()).contains(message);
    }

    static Stream<Arguments> helpPromises() {
        return Stream.of(
                Arguments.of("sink", "WIRESTREAM_JDBC_URL"),
                Arguments.of("sink", "WIRESTREAM_DEAD_LETTER_TOPIC"),
                Arguments.of("sink", "--files-dir"),
                Arguments.of("dashboard", "WIRESTREAM_PORT"),
                Arguments.of("dashboard", "/api/articles"));
    }

    @ParameterizedTest(name = "{0} --help mentions {1}")
    @MethodSource("helpPromises")
    void shouldDescribeEverySettingInHelp(String command, String expected) {
        CommandLine cl = WirestreamCommand.commandLine(new String[] {command, "--help"}, Map.of());
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));

        assertThat(cl.execute(command, "--help")).isZero();
        assertThat(out.toString()).contains(expected);
    }
}
