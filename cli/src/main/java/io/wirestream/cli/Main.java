package io.wirestream.cli;

/** Entry point of the {@code wirestream} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = WirestreamCommand.commandLine(args).execute(args);
        } catch (picocli.CommandLine.PicocliException e) {
            System.err.println("wirestream: " + e.getMessage());
            code = 2;
        }
        System.exit(code);
    }
}
