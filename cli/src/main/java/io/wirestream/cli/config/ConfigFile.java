package io.wirestream.cli.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The optional properties file. Named by {@code --config FILE} anywhere on the command line or by
 * {@code WIRESTREAM_CONFIG}; read before the arguments are parsed, because it supplies defaults
 * for them.
 */
public final class ConfigFile {

    private ConfigFile() {
    }

    public static Optional<Path> locate(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                return Optional.of(Path.of(args[i + 1]));
            }
            if (args[i].startsWith("--config=")) {
                return Optional.of(Path.of(args[i].substring("--config=".length())));
            }
        }
        return Optional.ofNullable(env.get(SettingNames.ENV_PREFIX + "CONFIG")).filter(s -> !s.isBlank()).map(Path::of);
    }

    public static Properties load(Optional<Path> path) {
        Properties p = new Properties();
        if (path.isEmpty()) {
            return p;
        }
        try (Reader r = Files.newBufferedReader(path.get(), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new CommandLine.PicocliException("cannot read the config file " + path.get() + ": " + e.getMessage(), e);
        }
        return p;
    }
}
