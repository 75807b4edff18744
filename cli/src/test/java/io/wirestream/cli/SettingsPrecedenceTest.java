package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class SettingsPrecedenceTest {

    @TempDir
    Path dir;

    private static int kafkaPortOf(CommandLine cl, String... args) {
        CommandLine.ParseResult r = cl.parseArgs(args);
        return ((PlatformCommand) r.subcommand().commandSpec().userObject()).kafkaPort;
    }

    @Test
    void shouldTakeFlagsOverEnvironmentOverFileOverDefaults() throws IOException {
        Path file = dir.resolve("w.properties");
        Files.writeString(file, "kafka-port=1111\n");
        String[] withFile = {"--config", file.toString(), "platform"};

        assertThat(kafkaPortOf(WirestreamCommand.commandLine(new String[0], Map.of()), "platform")).isEqualTo(9092);
        assertThat(kafkaPortOf(WirestreamCommand.commandLine(withFile, Map.of()), withFile)).isEqualTo(1111);
        Map<String, String> env = Map.of("WIRESTREAM_KAFKA_PORT", "2222");
        assertThat(kafkaPortOf(WirestreamCommand.commandLine(withFile, env), withFile)).isEqualTo(2222);
        String[] withFlag = {"--config", file.toString(), "platform", "--kafka-port", "3333"};
        assertThat(kafkaPortOf(WirestreamCommand.commandLine(withFlag, env), withFlag)).isEqualTo(3333);
    }

    @Test
    void shouldReadTheConfigFileNamedByTheEnvironment() throws IOException {
        Path file = dir.resolve("env.properties");
        Files.writeString(file, "kafka.port=4444\n");
        CommandLine cl = WirestreamCommand.commandLine(new String[] {"platform"}, Map.of("WIRESTREAM_CONFIG", file.toString()));
        assertThat(kafkaPortOf(cl, "platform")).isEqualTo(4444);
    }

    @Test
    void shouldListEverySettingWithItsEnvironmentVariableAndDefaultInHelp() {
        CommandLine root = WirestreamCommand.commandLine(new String[0], Map.of());
        root.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            StringWriter out = new StringWriter();
            sub.setUsageHelpAutoWidth(false);
            sub.setUsageHelpWidth(1000); // no wrapping inside values such as host:port
            sub.usage(new PrintWriter(out));
            for (OptionSpec o : sub.getCommandSpec().options()) {
                if (o.usageHelp() || o.versionHelp() || o.longestName().equals("--config")) {
                    continue;
                }
                String env = "WIRESTREAM_" + o.longestName().substring(2).toUpperCase().replace('-', '_');
                String help = out.toString().replaceAll("\\s+", " ");
                assertThat(help).as(name + " " + o.longestName()).contains(o.longestName().substring(2)).contains(env);
                if (o.defaultValue() != null && o.showDefaultValue() != CommandLine.Help.Visibility.NEVER) {
                    assertThat(help).as(name + " " + o.longestName() + " default").contains("default: " + o.defaultValue());
                }
            }
        });
    }
}
