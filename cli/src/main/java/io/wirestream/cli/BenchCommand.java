package io.wirestream.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code wirestream bench}: benchmarks that print numbers (throughput measured on this machine),
 * not timed tests. Each subcommand measures one part; docs/PERFORMANCE.md records their results.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure throughput on this machine and print the numbers (docs/PERFORMANCE.md records them).",
        subcommands = {BenchIngestCommand.class})
final class BenchCommand implements Runnable {

    @ParentCommand
    WirestreamCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
