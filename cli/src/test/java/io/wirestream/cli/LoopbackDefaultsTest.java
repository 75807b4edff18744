package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every address a {@code wirestream} command listens on defaults to the loopback interface: an
 * operator exposes a port on purpose ({@code --host 0.0.0.0}), never by accident. The embedded
 * platform's own binding is checked on real sockets by {@code LoopbackBindingIT}.
 */
class LoopbackDefaultsTest {

    @Test
    void shouldListenOnLoopbackUnlessToldOtherwise() {
        List<String> hostOptions = new ArrayList<>();
        collect(WirestreamCommand.commandLine(new String[0], Map.of()), hostOptions);
        assertThat(hostOptions).as("the listening-address options found").isNotEmpty()
                .contains("platform --host", "ingest --host", "dashboard --host", "streams --http-host", "sink --ops-host");
    }

    private static void collect(CommandLine cl, List<String> found) {
        for (OptionSpec o : cl.getCommandSpec().options()) {
            if (o.longestName().endsWith("-host") && !o.longestName().contains("bootstrap")) {
                String name = cl.getCommandName() + " " + o.longestName();
                assertThat(o.defaultValue()).as(name).isEqualTo("127.0.0.1");
                found.add(name);
            }
        }
        cl.getSubcommands().values().forEach(sub -> collect(sub, found));
    }
}
