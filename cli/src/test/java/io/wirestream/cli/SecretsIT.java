package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirestream.embedded.EmbeddedPlatform;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No secret in logs or {@code /metrics} (issue 8, item 3): {@code wirestream ingest} with an API token
 * and {@code wirestream sink} with a database password, both also given a SASL JAAS password and
 * registry basic-auth credentials the way operators pass them (environment variables), run as real
 * processes at their most verbose log level against an embedded broker. Their whole output, every
 * ops endpoint and every answer is searched for each secret.
 */
class SecretsIT {

    static final String API_TOKEN = "tok-5ecr3t-a1b2c3d4e5";
    static final String DB_PASSWORD = "db-5ecr3t-f6g7h8";
    static final String SASL_PASSWORD = "sasl-5ecr3t-i9j0";
    static final String REGISTRY_PASSWORD = "reg-5ecr3t-k1l2";
    static final List<String> SECRETS = List.of(API_TOKEN, DB_PASSWORD, SASL_PASSWORD, REGISTRY_PASSWORD);

    @TempDir
    Path dir;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldShowNoSecretInLogsMetricsOrAnswers() throws Exception {
        try (EmbeddedPlatform platform = new EmbeddedPlatform(EmbeddedPlatform.Config.temporary()).start()) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("WIRESTREAM_LOG_LEVEL", "trace");
            env.put("KAFKA_LOG_LEVEL", "info"); // Kafka prints every client configuration at INFO
            env.put("KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                    + "username=\"svc\" password=\"" + SASL_PASSWORD + "\";");
            env.put("KAFKA_BASIC_AUTH_CREDENTIALS_SOURCE", "USER_INFO");
            env.put("KAFKA_BASIC_AUTH_USER_INFO", "svc:" + REGISTRY_PASSWORD);
            env.put("WIRESTREAM_BOOTSTRAP_SERVER", platform.bootstrapServers());
            env.put("WIRESTREAM_SCHEMA_REGISTRY_URL", platform.schemaRegistryUrl());

            Map<String, String> ingestEnv = new LinkedHashMap<>(env);
            ingestEnv.put("WIRESTREAM_API_TOKEN", API_TOKEN);
            Map<String, String> sinkEnv = new LinkedHashMap<>(env);
            sinkEnv.put("WIRESTREAM_JDBC_PASSWORD", DB_PASSWORD);

            List<String> answers = new ArrayList<>();
            Command ingest = Command.start(dir, "ingest", ingestEnv, "ingest", "--port", "0", "--partitions", "1");
            Command sink = Command.start(dir, "sink", sinkEnv, "sink", "--jdbc-url",
                    "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                    "--jdbc-user", "sa", "--ops-port", "0");
            try {
                String ingestUrl = ingest.awaitOutput(Pattern.compile("ingest\\.url=(\\S+)/articles"));
                String sinkOps = sink.awaitOutput(Pattern.compile("health and metrics on (http://\\S+?);"));

                HttpResponse<String> accepted = post(ingestUrl, "Bearer " + API_TOKEN);
                assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
                HttpResponse<String> refused = post(ingestUrl, "Bearer " + API_TOKEN.substring(1));
                assertThat(refused.statusCode()).isEqualTo(401);
                answers.add(accepted.body());
                answers.add(refused.body() + refused.headers().map());
                for (String path : List.of("/metrics", "/health", "/health/live", "/health/ready", "/openapi.yaml", "/")) {
                    answers.add(get(ingestUrl + path));
                }
                sink.awaitOutput(Pattern.compile("database (\\S+): \\d+ migration\\(s\\) applied")); // connected with the password
                for (String path : List.of("/metrics", "/health/live", "/health/ready")) {
                    answers.add(get(sinkOps + path));
                }
            } finally {
                ingest.stop();
                sink.stop();
            }

            String ingestOutput = ingest.output();
            String sinkOutput = sink.output();
            assertThat(ingestOutput).as("the ingest process logged its settings, redacted").contains("[hidden]")
                    .contains("API token required");
            assertThat(sinkOutput).as("the sink process logged its settings, redacted").contains("[hidden]");
            assertThat(answers.get(2)).as("ingest metrics were scraped").contains("wirestream_ingest_requests_total");
            for (String secret : SECRETS) {
                assertThat(ingestOutput).as("ingest output").doesNotContain(secret);
                assertThat(sinkOutput).as("sink output").doesNotContain(secret);
                assertThat(answers).as("HTTP answers and metrics").noneMatch(a -> a.contains(secret));
            }
        }
    }

    HttpResponse<String> post(String base, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/articles")).header("Content-Type", "application/json")
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofString("{\"url\":"
                        + "\"https://example.com/secret-test\",\"source\":\"s\",\"body\":\"Nothing secret here.\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.headers().map() + "\n" + r.body();
    }

    /** {@code wirestream <args>} as a separate process (the launcher's class path), its output in a file. */
    record Command(Process process, Path out) {

        static Command start(Path dir, String name, Map<String, String> env, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", classPath(), "io.wirestream.cli.Main"));
            command.addAll(List.of(args));
            Path out = dir.resolve(name + ".log");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
            pb.environment().keySet().removeIf(k -> k.startsWith("WIRESTREAM_") || k.startsWith("KAFKA_"));
            pb.environment().putAll(env);
            return new Command(pb.start(), out);
        }

        static String classPath() {
            Path jar = Path.of("target", "wirestream-cli.jar");
            return Files.exists(jar) ? jar.toAbsolutePath() + File.pathSeparator + Path.of("target", "lib").toAbsolutePath()
                    + File.separator + "*" : System.getProperty("java.class.path");
        }

        /** Waits until the output shows the pattern; returns its first group. */
        String awaitOutput(Pattern pattern) {
            String[] found = new String[1];
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
                assertThat(process.isAlive() || pattern.matcher(output()).find()).as("process still running:\n%s", output()).isTrue();
                Matcher m = pattern.matcher(output());
                if (m.find()) {
                    found[0] = m.group(1);
                    return true;
                }
                return false;
            });
            return found[0];
        }

        /** SIGTERM, as a container runtime stops it; the shutdown hooks run. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }

        String output() throws IOException {
            return Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
        }
    }
}
