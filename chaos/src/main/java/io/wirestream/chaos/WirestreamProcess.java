package io.wirestream.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code wirestream <command>} in a JVM of its own, as an operator runs it: the unit a SIGKILL
 * takes down. {@link #kill()} is {@code Process.destroyForcibly()} (SIGKILL on Linux: no shutdown
 * hook, no commit, no leaving the group); {@link #stop()} is SIGTERM (the command's graceful stop).
 * {@link #start()} again runs a new process with the same arguments, state directory and logs
 * (appended), as a supervisor would restart it.
 */
public final class WirestreamProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WirestreamProcess.class);

    private final String name;
    private final List<String> arguments;
    private final ChaosSettings settings;
    private final Path workDir;
    private final Path log;
    private Process process;
    private int starts;

    /**
     * @param name      for logs, e.g. {@code streams-a}
     * @param arguments the command and its options, e.g. {@code streams --bootstrap-server ...}
     * @param workDir   the process's working directory; its log goes to {@code <name>.log} there
     */
    public WirestreamProcess(String name, List<String> arguments, ChaosSettings settings, Path workDir) {
        this.name = name;
        this.arguments = List.copyOf(arguments);
        this.settings = settings;
        this.workDir = workDir;
        this.log = workDir.resolve(name + ".log");
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    /** Starts the process (a new one after {@link #kill()} or {@link #stop()}) and returns at once. */
    public synchronized WirestreamProcess start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running (pid " + process.pid() + ")");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.childJvmOptions());
        command.add("-cp");
        command.add(settings.childClasspath());
        command.add("io.wirestream.cli.Main");
        command.addAll(arguments);
        try {
            Files.createDirectories(workDir);
            Files.writeString(log, "==== start " + (starts + 1) + ": wirestream " + String.join(" ", arguments) + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = pb.environment();
            // the child takes its settings from its arguments only, not from whatever this JVM's environment holds
            env.keySet().removeIf(k -> k.startsWith("KAFKA_") || k.startsWith("WIRESTREAM_"));
            env.put("WIRESTREAM_LOG_LEVEL", "info");
            env.put("KAFKA_LOG_LEVEL", "warn");
            process = pb.start();
            starts++;
            LOG.info("{}: started (pid {}), log {}", name, process.pid(), log);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL, and waits until the process is gone. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        long pid = process.pid();
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
        LOG.info("{}: killed with SIGKILL (pid {})", name, pid);
    }

    /** SIGTERM (the command commits and leaves its group), then SIGKILL if it has not exited in a minute. */
    public synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!waitFor(Duration.ofSeconds(60))) {
            LOG.warn("{}: did not stop within 60 s of SIGTERM; killing it", name);
            kill();
        } else {
            LOG.info("{}: stopped (exit {})", name, process.exitValue());
        }
    }

    /** The exit code, if the process has ended by itself. */
    public synchronized java.util.OptionalInt exitCode() {
        return process != null && !process.isAlive() ? java.util.OptionalInt.of(process.exitValue())
                : java.util.OptionalInt.empty();
    }

    /** The last lines of the log, for failure messages. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private boolean waitFor(Duration d) {
        try {
            return process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Kills whatever still runs (a failed scenario must not leave JVMs behind). */
    @Override
    public synchronized void close() {
        if (isAlive()) {
            kill();
        }
    }
}
