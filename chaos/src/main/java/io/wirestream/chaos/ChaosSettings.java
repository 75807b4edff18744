package io.wirestream.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How big and how long a chaos run is, from system properties, so the same scenarios run bounded in
 * {@code ./mvnw verify} and long by hand ({@code -Dchaos.articles=20000 -Dchaos.faultSeconds=20}).
 *
 * @param articles      N: articles each scenario publishes (unique ids)
 * @param fault         how long a fault lasts (a process down, the broker, registry or database away, a second instance in)
 * @param loadRate      articles per second the load driver publishes, so the fault strikes under load
 * @param partitions    partitions of each scenario's topics
 * @param bodyChars     size of each generated article body
 * @param settleTimeout the longest a scenario waits for every article to arrive after the load
 * @param childJvmOptions options of the {@code wirestream} child JVMs
 * @param streamsOptions further options of every {@code wirestream streams} process; e.g.
 *                       {@code --processing-guarantee at_least_once} shows that the suite does catch duplicates
 * @param childClasspath class path of the {@code wirestream} child JVMs
 * @param workDir       state directories, child logs, the broker's data
 * @param reportFile    where report lines are appended
 */
public record ChaosSettings(int articles, Duration fault, int loadRate, int partitions, int bodyChars, Duration settleTimeout,
        List<String> childJvmOptions, List<String> streamsOptions, String childClasspath, Path workDir, Path reportFile) {

    public static final int DEFAULT_ARTICLES = 2000;
    public static final int DEFAULT_FAULT_SECONDS = 5;

    /** From {@code chaos.*} system properties (the module's pom sets them for {@code ./mvnw verify}). */
    public static ChaosSettings fromSystemProperties() {
        int articles = Integer.getInteger("chaos.articles", DEFAULT_ARTICLES);
        int faultSeconds = Integer.getInteger("chaos.faultSeconds", DEFAULT_FAULT_SECONDS);
        // a bounded run publishes for about 12 s (long enough for a second streams JVM to join and leave under
        // load); a long one at most 400 articles/s, about what the enrichment topology sustains on two shared
        // cores with the broker in the same box, so every fault strikes while articles flow
        int rate = Integer.getInteger("chaos.loadRate", Math.max(50, Math.min(400, articles / 12)));
        Duration settle = Duration.ofSeconds(Long.getLong("chaos.settleSeconds",
                Math.max(120, 3L * faultSeconds + 4L * articles / rate + 60)));
        Path work = Path.of(System.getProperty("chaos.workDir", "target/chaos")).toAbsolutePath();
        Path report = Path.of(System.getProperty("chaos.reportFile", "target/chaos-report.md")).toAbsolutePath();
        List<String> jvm = List.of(System.getProperty("chaos.childJvmOptions",
                "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1").trim().split("\\s+"));
        String extra = System.getProperty("chaos.streamsOptions", "").trim();
        List<String> streamsOptions = extra.isEmpty() ? List.of() : List.of(extra.split("\\s+"));
        return new ChaosSettings(articles, Duration.ofSeconds(faultSeconds), rate, Integer.getInteger("chaos.partitions", 2),
                Integer.getInteger("chaos.bodyChars", 1500), settle, jvm, streamsOptions, readChildClasspath(), work, report);
    }

    private static String readChildClasspath() {
        Optional<String> file = Optional.ofNullable(System.getProperty("chaos.childClasspathFile"));
        if (file.isPresent() && java.nio.file.Files.exists(Path.of(file.get()))) {
            try {
                return java.nio.file.Files.readString(Path.of(file.get())).trim();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the child class path from " + file.get(), e);
            }
        }
        // run from an IDE: the test JVM's own class path has the CLI and its libraries too
        return System.getProperty("java.class.path");
    }
}
