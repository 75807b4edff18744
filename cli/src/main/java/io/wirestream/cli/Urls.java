package io.wirestream.cli;

import io.wirestream.consumer.jdbc.Database;
import picocli.CommandLine;

/** Refuses, naming the flag, a JDBC URL of a database the sinks do not support. */
final class Urls {

    private Urls() {
    }

    static void requireJdbc(CommandLine.Model.CommandSpec spec, String url) {
        try {
            Database.kindOf(url);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jdbc-url: " + e.getMessage());
        }
    }
}
