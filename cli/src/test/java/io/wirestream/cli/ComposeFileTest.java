package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * There is no Docker engine here, so what can be checked of docker-compose.yml is checked here: every
 * service built from this repository runs a command, with flags and WIRESTREAM_* variables, that
 * the CLI accepts, and each variable reaches the option it is meant for. (CI also runs
 * {@code docker-compose config}.)
 */
class ComposeFileTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws Exception {
        try (Reader r = Files.newBufferedReader(Path.of("../docker-compose.yml"), StandardCharsets.UTF_8)) {
            Map<String, Object> compose = new Yaml().load(r); // resolves anchors and merge keys (<<: *x)
            return (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldRunEveryWirestreamServiceWithACommandLineTheCliAccepts() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> e : services().entrySet()) {
            Map<String, Object> service = e.getValue();
            if (!service.containsKey("build")) {
                continue;
            }
            List<String> args = ((List<Object>) service.get("command")).stream().map(String::valueOf).toList();
            Map<String, String> env = new HashMap<>();
            ((Map<String, Object>) service.getOrDefault("environment", Map.of())).forEach((k, v) -> env.put(k, String.valueOf(v)));
            String[] argv = args.toArray(String[]::new);
            CommandLine.ParseResult parsed = WirestreamCommand.commandLine(argv, env).parseArgs(argv);
            assertThat(parsed.hasSubcommand()).as(e.getKey() + " runs a wirestream command").isTrue();
            CommandLine.Model.CommandSpec sub = parsed.subcommand().commandSpec();
            for (Map.Entry<String, String> var : env.entrySet()) {
                if (!var.getKey().startsWith("WIRESTREAM_") || var.getKey().equals("WIRESTREAM_LOG_FORMAT")) {
                    continue; // the log format is read by the logging configuration, not by a flag
                }
                String flag = "--" + var.getKey().substring("WIRESTREAM_".length()).toLowerCase().replace('_', '-');
                CommandLine.Model.OptionSpec option = sub.findOption(flag);
                assertThat(option).as(e.getKey() + ": " + var.getKey() + " must set an option of '" + sub.name() + "'")
                        .isNotNull();
                assertThat(String.valueOf((Object) option.getValue())).as(e.getKey() + " " + flag).isEqualTo(var.getValue());
            }
            checked.add(e.getKey());
        }
        assertThat(checked).contains("topic-init", "ingest", "streams", "sink", "dashboard");
    }

    @Test
    void shouldGiveEveryLongRunningServiceAHealthCheckARestartPolicyAndPinnedImages() throws Exception {
        Map<String, Map<String, Object>> services = services();
        for (String name : List.of("kafka", "schema-registry", "postgres", "ingest", "streams", "sink", "dashboard")) {
            assertThat(services.get(name)).as(name).containsKey("healthcheck").containsEntry("restart", "unless-stopped");
        }
        assertThat(String.valueOf(services.get("kafka").get("image"))).matches("apache/kafka:\\d+\\.\\d+\\.\\d+");
        assertThat(String.valueOf(services.get("schema-registry").get("image")))
                .matches("confluentinc/cp-schema-registry:\\d+\\.\\d+\\.\\d+");
        assertThat(String.valueOf(services.get("postgres").get("image"))).matches("postgres:\\d+\\.\\d+");
    }
}
