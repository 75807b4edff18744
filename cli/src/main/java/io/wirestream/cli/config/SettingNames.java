package io.wirestream.cli.config;

import java.util.Locale;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The one naming rule that ties a flag to its environment variable and config-file key:
 * {@code --bootstrap-server} is {@code WIRESTREAM_BOOTSTRAP_SERVER} in the environment and
 * {@code bootstrap-server} (or {@code bootstrap.server}) in a properties file.
 */
public final class SettingNames {

    public static final String ENV_PREFIX = "WIRESTREAM_";

    private SettingNames() {
    }

    /** The long name without leading dashes, e.g. {@code bootstrap-server}. */
    public static String key(OptionSpec option) {
        return option.longestName().replaceFirst("^-+", "");
    }

    public static String environmentVariable(OptionSpec option) {
        return ENV_PREFIX + key(option).toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    }

    /** {@code KAFKA_SASL_JAAS_CONFIG} → {@code sasl.jaas.config} (the bakdata/Confluent image mapping). */
    public static String kafkaPropertyOf(String environmentVariable) {
        return environmentVariable.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
