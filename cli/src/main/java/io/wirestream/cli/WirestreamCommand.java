package io.wirestream.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one command. Each subcommand is a whole job (run the pipeline, a part of it, or a tool);
 * {@code wirestream <command> --help} says what it takes.
 */
@Command(name = "wirestream",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Event-driven news processing on Apache Kafka: ingest articles, enrich them with "
                + "entities, dates, topics, quotes and amounts, and deliver them to topics, databases, files "
                + "and a live dashboard.",
        subcommands = {
                EnrichCommand.class,
                CommandLine.HelpCommand.class
        })
public final class WirestreamCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** The configured command line: the single place where the CLI's behaviour is set up. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new WirestreamCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(true);
        return cl;
    }
}
