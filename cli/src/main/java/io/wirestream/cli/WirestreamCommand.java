package io.wirestream.cli;

import io.wirestream.cli.config.ConfigFile;
import io.wirestream.cli.config.HelpText;
import io.wirestream.cli.config.LayeredDefaults;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The one command. Each subcommand is a whole job (run the pipeline, a part of it, or a tool);
 * {@code wirestream <command> --help} says what it takes. Settings come from flags, then
 * {@code WIRESTREAM_*} environment variables, then a properties file, then defaults.
 */
@Command(name = "wirestream",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Event-driven news processing on Apache Kafka: ingest articles, enrich them with entities, dates, "
                        + "topics, quotes and amounts, and deliver them to topics, databases, files and a live dashboard.",
                "",
                "Settings: a flag beats its environment variable (shown in each command's --help), which beats the "
                        + "properties file (--config FILE or WIRESTREAM_CONFIG; keys are the flag names, e.g. "
                        + "bootstrap-server=..., and kafka.<property> for Kafka client properties), which beats the default."
        },
        subcommands = {
                DemoCommand.class,
                PlatformCommand.class,
                RegistryCommand.class,
                StreamsCommand.class,
                SinkCommand.class,
                DashboardCommand.class,
                TopicsCommand.class,
                ProduceCommand.class,
                IngestCommand.class,
                BenchCommand.class,
                EnrichCommand.class,
                CommandLine.HelpCommand.class
        })
public final class WirestreamCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "Properties file with defaults for any setting (also WIRESTREAM_CONFIG).")
    Path configFile;

    private final Map<String, String> environment;
    private final Properties fileSettings;

    WirestreamCommand(Map<String, String> environment, Properties fileSettings) {
        this.environment = environment;
        this.fileSettings = fileSettings;
    }

    /** The environment the command was started with (for Kafka client properties). */
    Map<String, String> environment() {
        return environment;
    }

    /** The properties file's settings (empty when there is none). */
    Properties fileSettings() {
        return fileSettings;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static CommandLine commandLine(String[] args) {
        return commandLine(args, System.getenv());
    }

    /** The configured command line: the single place where the CLI's behaviour is set up. */
    public static CommandLine commandLine(String[] args, Map<String, String> environment) {
        Optional<Path> file = ConfigFile.locate(args, environment);
        Properties settings = ConfigFile.load(file);
        CommandLine cl = new CommandLine(new WirestreamCommand(environment, settings));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(true);
        cl.setDefaultValueProvider(new LayeredDefaults(environment, settings));
        HelpText.install(cl);
        return cl;
    }
}
