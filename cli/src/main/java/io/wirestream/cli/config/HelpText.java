package io.wirestream.cli.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Makes {@code --help} tell every option's environment variable and default, from the same
 * declaration the parser uses, so help cannot drift from behaviour.
 */
public final class HelpText {

    private HelpText() {
    }

    public static void install(CommandLine root) {
        apply(root);
    }

    private static void apply(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        for (OptionSpec o : new ArrayList<>(spec.options())) {
            if (o.usageHelp() || o.versionHelp() || o.longestName().equals("--config")) {
                continue;
            }
            List<String> description = new ArrayList<>(Arrays.asList(o.description()));
            boolean hasDefault = o.defaultValue() != null || (o.initialValue() != null && !(o.initialValue() instanceof Boolean)
                    && !(o.initialValue() instanceof java.util.Collection<?> c && c.isEmpty())
                    && !(o.initialValue() instanceof java.util.Map<?, ?> m && m.isEmpty()));
            String secret = o.showDefaultValue() == CommandLine.Help.Visibility.NEVER ? "(hidden)" : "${DEFAULT-VALUE}";
            description.add("Env: " + SettingNames.environmentVariable(o) + (hasDefault ? "; default: " + secret : "") + ".");
            spec.remove(o);
            spec.addOption(o.toBuilder().description(description.toArray(String[]::new)).build());
        }
        cl.getSubcommands().values().forEach(HelpText::apply);
    }
}
