package io.wirestream.cli.config;

import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where a setting comes from when its flag is not given: the environment ({@code WIRESTREAM_*}),
 * then the properties file ({@code --config FILE} or {@code WIRESTREAM_CONFIG}), then the default
 * declared on the option. Flags beat all three. One declaration per setting (the picocli option)
 * feeds all four layers and {@code --help}.
 */
public final class LayeredDefaults implements IDefaultValueProvider {

    private final Map<String, String> environment;
    private final Properties file;

    public LayeredDefaults(Map<String, String> environment, Properties file) {
        this.environment = Map.copyOf(environment);
        this.file = file;
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()) {
            return null;
        }
        String env = environment.get(SettingNames.environmentVariable(option));
        if (env != null) {
            return env;
        }
        String key = SettingNames.key(option);
        String fromFile = file.getProperty(key, file.getProperty(key.replace('-', '.')));
        if (fromFile != null) {
            return fromFile.trim();
        }
        return option.defaultValue();
    }
}
