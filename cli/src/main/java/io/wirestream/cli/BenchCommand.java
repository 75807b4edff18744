package io.wirestream.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code wirestream bench}: benchmarks that print numbers (throughput measured on this machine),
 * not timed tests. Each subcommand measures one part; without one, the end-to-end pipeline
 * benchmark runs with its defaults. docs/PERFORMANCE.md records their results.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure throughput on this machine and print the numbers (docs/PERFORMANCE.md records them). "
                + "Without a subcommand: 'bench pipeline' with its defaults.",
        subcommands = {BenchIngestCommand.class, BenchStreamsCommand.class, BenchPipelineCommand.class})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    WirestreamCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return spec.commandLine().execute("pipeline");
    }
}
