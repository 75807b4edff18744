package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The benchmark commands work end to end with tiny counts (each on its own embedded broker): they
 * finish and print their tables and ratios. No timing is asserted — benchmarks print numbers,
 * docs/PERFORMANCE.md records them.
 */
class BenchCommandIT {

    static final Map<String, String> TINY = Map.of("WIRESTREAM_ARTICLES", "120", "WIRESTREAM_WARMUP", "40",
            "WIRESTREAM_ENGINE_WARMUP", "40", "WIRESTREAM_PACED_DURATION", "2s", "WIRESTREAM_RATE", "40");

    @Test
    void shouldMeasureTheStreamsTopologyAgainstThePassThroughCeiling() {
        String out = run("bench", "streams");
        assertThat(out).contains("enrich        max").contains("pass-through  max").contains("CPU-ms per article by part")
                .containsPattern("enriched throughput = [0-9.]+% of the pass-through ceiling");
    }

    @Test
    void shouldRunThePipelineBenchmarkWhenNoSubcommandIsGiven() {
        String out = run("bench");
        assertThat(out).contains("maximum rate").contains("fixed rate 40/s").contains("ceiling: raw Kafka producer alone")
                .contains("ceiling: pass-through Streams topology")
                .containsPattern("enriched = [0-9.]+% of the pass-through ceiling")
                .containsPattern("p99 end-to-end at fixed rate 40/s = [0-9]+ ms");
    }

    /** Runs the command with the tiny counts in the environment; returns its standard output. */
    static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cl = WirestreamCommand.commandLine(args, TINY);
            exit = cl.execute(args);
        } finally {
            System.setOut(original);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        System.out.println(text);
        assertThat(exit).as(text).isZero();
        return text;
    }
}
