package io.wirestream.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.Schema;
import java.net.ServerSocket;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class RestSchemaRegistryClientTest {

    @Test
    void shouldRetryEveryUrlThenFailNamingThem() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        String urls = "http://127.0.0.1:" + port + ",http://user:secret@127.0.0.1:" + port + "/";
        var client = new RestSchemaRegistryClient(RegistryClientConfig.from(Map.of(
                "schema.registry.url", urls, "max.retries", "2", "retries.wait.ms", "1")));
        assertThatThrownBy(() -> client.getById(1))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isZero();
                    assertThat(e.isRetriable()).isTrue();
                    assertThat(e.getMessage())
                            .contains("3 attempt(s)")
                            .contains("http://127.0.0.1:" + port)
                            .contains("connection refused")
                            .doesNotContain("secret");
                });
    }

    @Test
    void shouldSendBasicAuthFailOverToTheNextUrlAndCacheIds() throws Exception {
        List<String> authorizations = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/schemas/ids/7", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = "{\"schema\":\"\\\"string\\\"\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        int dead;
        try (ServerSocket s = new ServerSocket(0)) {
            dead = s.getLocalPort();
        }
        try {
            var client = new RestSchemaRegistryClient(RegistryClientConfig.from(Map.of(
                    "schema.registry.url", "http://127.0.0.1:" + dead + ",http://127.0.0.1:" + server.getAddress().getPort(),
                    "basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", "reader:s3cret",
                    "retries.wait.ms", "1")));
            assertThat(client.getById(7).getType()).isEqualTo(Schema.Type.STRING);
            assertThat(client.getById(7).getType()).isEqualTo(Schema.Type.STRING);
            assertThat(authorizations).containsExactly("Basic " + Base64.getEncoder()
                    .encodeToString("reader:s3cret".getBytes(StandardCharsets.UTF_8)));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void shouldExplainMissingOrBadConfiguration() {
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of("schema.registry.url", "ftp://x")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("http://");
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of("schema.registry.url", "http://x",
                "basic.auth.credentials.source", "USER_INFO"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("basic.auth.user.info");
    }

    @Test
    void shouldReadCredentialsFromUserInfoOrUrl() {
        assertThat(RegistryClientConfig.from(Map.of("schema.registry.url", "http://x",
                "basic.auth.credentials.source", "USER_INFO",
                "schema.registry.basic.auth.user.info", "u:p")).userInfo()).contains("u:p");
        assertThat(RegistryClientConfig.from(Map.of("schema.registry.url", "http://u%40x:p@host:8081"))
                .userInfo()).contains("u@x:p");
    }
}
