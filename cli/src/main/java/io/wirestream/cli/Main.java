package io.wirestream.cli;

import picocli.CommandLine;

/** Entry point of the {@code wirestream} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = WirestreamCommand.commandLine().execute(args);
        System.exit(code);
    }
}
